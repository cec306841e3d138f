import { describe, expect, it } from 'vitest'
import {
  isPaused,
  nextDeadline,
  reduce,
  startTour,
  type TourPlayerEvent,
  type TourPlayerState,
} from './tourPlayer'

const timing = { dwellMs: 12_000, idleMs: 30_000 }
const presenting = (stopIndex = 0) => startTour({ stopCount: 5, playing: false, stopIndex, timing }, 0)
const kiosk = (stopIndex = 0) => startTour({ stopCount: 5, playing: true, stopIndex, timing }, 0)

/** Sends events in turn at the given times. */
function play(state: TourPlayerState, ...steps: [TourPlayerEvent['type'] | TourPlayerEvent, number][]) {
  return steps.reduce(
    (current, [event, now]) =>
      reduce(current, typeof event === 'string' ? ({ type: event } as TourPlayerEvent) : event, now),
    state,
  )
}

describe('starting a tour', () => {
  it('starts at the stop asked for, kept within the tour', () => {
    expect(startTour({ stopCount: 5, playing: false, stopIndex: 3 }, 0).stopIndex).toBe(3)
    expect(startTour({ stopCount: 5, playing: false, stopIndex: 9 }, 0).stopIndex).toBe(4)
    expect(startTour({ stopCount: 5, playing: false, stopIndex: -2 }, 0).stopIndex).toBe(0)
  })

  it('uses a 12 s dwell and a 30 s idle period unless told otherwise', () => {
    expect(startTour({ stopCount: 2, playing: true }, 0).timing).toEqual({ dwellMs: 12_000, idleMs: 30_000 })
    expect(startTour({ stopCount: 2, playing: true, timing: { dwellMs: 5000 } }, 0).timing).toEqual({
      dwellMs: 5000,
      idleMs: 30_000,
    })
    expect(
      startTour({ stopCount: 2, playing: true, timing: { dwellMs: undefined, idleMs: 5000 } }, 0).timing,
    ).toEqual({
      dwellMs: 12_000,
      idleMs: 5000,
    })
  })
})

describe('presenting', () => {
  it('moves a stop at a time and stops at the ends', () => {
    expect(play(presenting(), ['next', 1], ['next', 2]).stopIndex).toBe(2)
    expect(play(presenting(), ['previous', 1]).stopIndex).toBe(0)
    expect(play(presenting(4), ['next', 1]).stopIndex).toBe(4)
  })

  it('jumps to the first, the last and any stop, clamping', () => {
    expect(play(presenting(2), ['first', 1]).stopIndex).toBe(0)
    expect(play(presenting(2), ['last', 1]).stopIndex).toBe(4)
    expect(play(presenting(), [{ type: 'goTo', index: 3 }, 1]).stopIndex).toBe(3)
    expect(play(presenting(), [{ type: 'goTo', index: 17 }, 1]).stopIndex).toBe(4)
    expect(play(presenting(2), [{ type: 'goTo', index: Number.NaN }, 1]).stopIndex).toBe(0)
  })

  it('never moves by itself and ignores input', () => {
    const state = presenting(1)
    expect(nextDeadline(state)).toBeNull()
    expect(reduce(state, { type: 'tick' }, 1_000_000)).toBe(state)
    expect(reduce(state, { type: 'input' }, 5)).toBe(state)
  })

  it('returns the same state when a move goes nowhere', () => {
    const last = presenting(4)
    expect(reduce(last, { type: 'next' }, 1)).toBe(last)
  })

  it('blanks the screen and shows it again', () => {
    const blank = reduce(presenting(), { type: 'toggleBlank' }, 1)
    expect(blank.blank).toBe(true)
    expect(reduce(blank, { type: 'toggleBlank' }, 2).blank).toBe(false)
  })

  it('shows a blanked screen again on the same stop at the next move, and moves at the one after', () => {
    const blank = play(presenting(2), ['toggleBlank', 1])
    const shown = reduce(blank, { type: 'next' }, 2)
    expect(shown).toMatchObject({ blank: false, stopIndex: 2, shownAt: 0 })
    expect(reduce(shown, { type: 'next' }, 3)).toMatchObject({ blank: false, stopIndex: 3 })
  })

  it.each([{ type: 'previous' }, { type: 'first' }, { type: 'last' }, { type: 'goTo', index: 4 }] as const)(
    'shows a blanked screen again without moving on $type',
    (event) => {
      expect(play(presenting(2), ['toggleBlank', 1], [event, 2])).toMatchObject({
        blank: false,
        stopIndex: 2,
      })
    },
  )
})

describe('a kiosk', () => {
  it('advances after the dwell, not before', () => {
    const state = kiosk()
    expect(nextDeadline(state)).toBe(12_000)
    expect(reduce(state, { type: 'tick' }, 11_999)).toBe(state)
    const advanced = reduce(state, { type: 'tick' }, 12_000)
    expect(advanced.stopIndex).toBe(1)
    expect(advanced.shownAt).toBe(12_000)
    expect(nextDeadline(advanced)).toBe(24_000)
  })

  it('counts the dwell from when the stop appeared, even if the timer fires late', () => {
    const advanced = reduce(kiosk(), { type: 'tick' }, 15_000)
    expect(advanced.stopIndex).toBe(1)
    expect(nextDeadline(advanced)).toBe(27_000)
  })

  it('loops from the last stop to the first', () => {
    const last = kiosk(4)
    expect(reduce(last, { type: 'tick' }, 12_000).stopIndex).toBe(0)
  })

  it('wraps round when the person moves past either end', () => {
    expect(play(kiosk(4), ['next', 1]).stopIndex).toBe(0)
    expect(play(kiosk(0), ['previous', 1]).stopIndex).toBe(4)
  })

  it('pauses on input and resumes with the next stop after the idle period', () => {
    const paused = reduce(kiosk(), { type: 'input' }, 5_000)
    expect(isPaused(paused)).toBe(true)
    expect(nextDeadline(paused)).toBe(35_000)
    // The dwell deadline has passed, but a paused kiosk stays where it is.
    expect(reduce(paused, { type: 'tick' }, 12_000)).toBe(paused)
    expect(reduce(paused, { type: 'tick' }, 34_999)).toBe(paused)

    const resumed = reduce(paused, { type: 'tick' }, 35_000)
    expect(isPaused(resumed)).toBe(false)
    expect(resumed.stopIndex).toBe(1)
    expect(nextDeadline(resumed)).toBe(47_000)
  })

  it('extends the pause with every input', () => {
    const paused = play(kiosk(), ['input', 5_000], ['input', 20_000])
    expect(nextDeadline(paused)).toBe(50_000)
    expect(reduce(paused, { type: 'tick' }, 35_000).stopIndex).toBe(0)
    expect(reduce(paused, { type: 'tick' }, 50_000).stopIndex).toBe(1)
  })

  it('pauses when the person moves, and shows their stop for the whole idle period', () => {
    const moved = play(kiosk(), ['next', 3_000], ['next', 4_000])
    expect(moved.stopIndex).toBe(2)
    expect(isPaused(moved)).toBe(true)
    expect(nextDeadline(moved)).toBe(34_000)
    expect(reduce(moved, { type: 'tick' }, 34_000).stopIndex).toBe(3)
  })

  it('shows a blanked screen again at the next move, pausing as any input does', () => {
    const shown = play(kiosk(1), ['toggleBlank', 1_000], ['next', 2_000])
    expect(shown).toMatchObject({ blank: false, stopIndex: 1, pausedUntil: 32_000 })
  })

  it('with a single stop, waits for nothing but the end of a pause', () => {
    const single = startTour({ stopCount: 1, playing: true, timing }, 0)
    expect(nextDeadline(single)).toBeNull()
    const paused = reduce(single, { type: 'input' }, 1_000)
    const resumed = reduce(paused, { type: 'tick' }, 31_000)
    expect(resumed).toMatchObject({ stopIndex: 0, pausedUntil: null })
    expect(nextDeadline(resumed)).toBeNull()
  })
})

describe('a stopped kiosk', () => {
  const held = () => startTour({ stopCount: 5, playing: true, timing, held: true }, 0)

  it('starts stopped when asked (less motion), and only a kiosk can be', () => {
    expect(held()).toMatchObject({ held: true, stopIndex: 0 })
    expect(nextDeadline(held())).toBeNull()
    expect(startTour({ stopCount: 5, playing: false, held: true }, 0).held).toBe(false)
  })

  it('moves only when moved, wrapping round, and never pauses', () => {
    const moved = play(held(), ['next', 1_000], ['input', 2_000], ['tick', 60_000])
    expect(moved).toMatchObject({ stopIndex: 1, pausedUntil: null })
    expect(play(held(), ['previous', 1_000]).stopIndex).toBe(4)
  })

  it('goes on by itself from Play, a dwell after it, and stops again at Pause', () => {
    const playing = play(held(), ['next', 1_000], ['togglePlay', 5_000])
    expect(playing.held).toBe(false)
    expect(nextDeadline(playing)).toBe(17_000)
    expect(reduce(playing, { type: 'tick' }, 17_000).stopIndex).toBe(2)
    const stopped = play(kiosk(), ['input', 1_000], ['togglePlay', 2_000])
    expect(stopped).toMatchObject({ held: true, pausedUntil: null })
    expect(nextDeadline(stopped)).toBeNull()
  })

  it('ignores Play while presenting', () => {
    const state = presenting()
    expect(reduce(state, { type: 'togglePlay' }, 1_000)).toBe(state)
  })
})

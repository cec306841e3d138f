/**
 * Playing a tour, as a state machine over time: `reduce(state, event, now)` and `nextDeadline(state)` say
 * everything, so the component only sets one timer for the deadline and sends `tick` when it fires.
 *
 * Presenting (not playing): the presenter moves; moving stops at the first and last stop.
 * Kiosk (playing): the tour moves on every `dwellMs` and starts again after the last stop. Any input pauses it;
 * `idleMs` after the last input it goes on to the next stop by itself. Stopped (`held`: the visitor pressed Pause,
 * or the system asks for less motion, where a kiosk starts stopped), it moves only when someone moves it, until
 * Play.
 *
 * A blanked screen comes back where it was on the next move, as in slide software: the presenter who blanked it to
 * talk returns to the stop they were talking over, and the move after that moves.
 */

export interface TourTiming {
  /** How long a kiosk shows each stop. */
  dwellMs: number
  /** How long a kiosk waits after the last input before it goes on by itself. */
  idleMs: number
}

export const DEFAULT_TIMING: TourTiming = { dwellMs: 12_000, idleMs: 30_000 }

export interface TourPlayerState {
  stopIndex: number
  stopCount: number
  /** Kiosk autoplay: advances by itself and loops. */
  playing: boolean
  /** When the stop on screen appeared, on the clock `now` is read from. */
  shownAt: number
  /** While someone is using a kiosk: when it goes on by itself. null when not paused. */
  pausedUntil: number | null
  /** A kiosk that does not go on by itself until Play (togglePlay). */
  held: boolean
  /** The screen is black, as a presenter blanks it to talk without the map. */
  blank: boolean
  timing: TourTiming
}

export type TourPlayerEvent =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goTo'; index: number }
  /** Pointer, touch, wheel or key input that is not itself a move. */
  | { type: 'input' }
  /** Time has passed: whatever is due by `now` happens. */
  | { type: 'tick' }
  | { type: 'toggleBlank' }
  /** A kiosk's Play and Pause: stops it going on by itself, or lets it go on from the stop on screen. */
  | { type: 'togglePlay' }

const MOVES: ReadonlySet<TourPlayerEvent['type']> = new Set(['next', 'previous', 'first', 'last', 'goTo'])

export interface TourStart {
  stopCount: number
  playing: boolean
  stopIndex?: number
  timing?: Partial<TourTiming>
  /** A kiosk that starts stopped (for someone who asked for less motion). */
  held?: boolean
}

export function startTour(start: TourStart, now: number): TourPlayerState {
  const stopCount = Math.max(1, Math.trunc(start.stopCount))
  return {
    stopIndex: clamp(start.stopIndex ?? 0, stopCount),
    stopCount,
    playing: start.playing,
    shownAt: now,
    pausedUntil: null,
    held: start.playing && (start.held ?? false),
    blank: false,
    timing: {
      dwellMs: start.timing?.dwellMs ?? DEFAULT_TIMING.dwellMs,
      idleMs: start.timing?.idleMs ?? DEFAULT_TIMING.idleMs,
    },
  }
}

/** The state after `event` at time `now`. Returns `state` itself when nothing changes. */
export function reduce(state: TourPlayerState, event: TourPlayerEvent, now: number): TourPlayerState {
  if (state.blank && MOVES.has(event.type)) return reduce(state, { type: 'toggleBlank' }, now)
  switch (event.type) {
    case 'next':
      return move(state, step(state, 1), now)
    case 'previous':
      return move(state, step(state, -1), now)
    case 'first':
      return move(state, 0, now)
    case 'last':
      return move(state, state.stopCount - 1, now)
    case 'goTo':
      return move(state, clamp(event.index, state.stopCount), now)
    case 'input':
      return state.playing && !state.held ? pause(state, now) : state
    case 'togglePlay':
      return state.playing ? { ...state, held: !state.held, pausedUntil: null, shownAt: now } : state
    case 'toggleBlank':
      return { ...(state.playing && !state.held ? pause(state, now) : state), blank: !state.blank }
    case 'tick':
      return tick(state, now)
  }
}

/** When the next `tick` will change something, or null when nothing happens until the next event. */
export function nextDeadline(state: TourPlayerState): number | null {
  if (!state.playing || state.held) return null
  if (state.pausedUntil !== null) return state.pausedUntil
  if (state.stopCount < 2) return null
  return state.shownAt + state.timing.dwellMs
}

export function isPaused(state: TourPlayerState): boolean {
  return state.pausedUntil !== null
}

function tick(state: TourPlayerState, now: number): TourPlayerState {
  const deadline = nextDeadline(state)
  if (deadline === null || now < deadline) return state
  // Resuming shows the next stop at once: the one on screen has been up for the whole idle period.
  const resumed = { ...state, pausedUntil: null }
  return resumed.stopCount < 2 ? resumed : { ...resumed, stopIndex: step(resumed, 1), shownAt: now }
}

/** A move by the person (a kiosk's own advance goes through `tick`): in a kiosk it also pauses. */
function move(state: TourPlayerState, stopIndex: number, now: number): TourPlayerState {
  const moved = stopIndex === state.stopIndex ? state : { ...state, stopIndex, shownAt: now }
  return state.playing && !state.held ? pause(moved, now) : moved
}

function pause(state: TourPlayerState, now: number): TourPlayerState {
  return { ...state, pausedUntil: now + state.timing.idleMs }
}

/** The stop `by` places on: wrapping round while playing, stopping at the ends while presenting. */
function step(state: TourPlayerState, by: number): number {
  const target = state.stopIndex + by
  if (!state.playing) return clamp(target, state.stopCount)
  return ((target % state.stopCount) + state.stopCount) % state.stopCount
}

function clamp(index: number, stopCount: number): number {
  if (Number.isNaN(index)) return 0
  return Math.min(stopCount - 1, Math.max(0, Math.trunc(index)))
}

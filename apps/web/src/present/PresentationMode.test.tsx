// @vitest-environment happy-dom
import type { Tour } from '@atlas/schema'
import { act, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderWithUser } from '../testing/renderWithUser'
import { PresentationMode, type PresentationModeProps } from './PresentationMode'

const stop = (n: number): Tour['stops'][number] => ({
  title: `Stop ${n}`,
  caption: `What stop ${n} shows`,
  view: { lon: n, lat: n, zoom: 3, bearing: 0, pitch: 0 },
  filter: { initiatives: null, countries: [], linkKinds: null, yearFrom: null, yearTo: null },
  selection: null,
})
const tour: Tour = {
  id: 'sino-polish',
  title: 'The Sino-Polish consortium',
  description: 'How it grew',
  initiativeId: null,
  sourceIds: ['founding-statement'],
  stops: [stop(1), stop(2), stop(3), stop(4), stop(5)],
}
const sources = [
  {
    id: 'founding-statement',
    title: 'Founding statement',
    publisher: 'TUL',
    publishedOn: '2017-03-21',
    seedFile: null,
    url: null,
    accessedOn: null,
  },
]

/** The stop the caption shows, by its heading. */
const stopOnScreen = () => screen.getByRole('heading', { level: 2 }).textContent
const button = (name: string) => screen.getByRole('button', { name })

const present = (props: Partial<PresentationModeProps> = {}) => {
  const handlers = { onApply: vi.fn(), onExit: vi.fn(), onStopChange: vi.fn() }
  const rendered = renderWithUser(
    <PresentationMode tour={tour} kiosk={false} sources={sources} {...handlers} {...props} />,
  )
  return { ...rendered, ...handlers }
}

/**
 * happy-dom has no Fullscreen API (and so looks full screen to fullscreen.ts); this one goes full screen when
 * `allowed`, and otherwise refuses, as a browser does for a tour opened from a link.
 */
function fakeFullscreen({ allowed }: { allowed: boolean }) {
  let element: Element | null = null
  const changed = () => document.dispatchEvent(new Event('fullscreenchange'))
  const requestFullscreen = vi.fn(async () => {
    if (!allowed) throw new TypeError('Permissions check failed')
    element = document.documentElement
    changed()
  })
  Object.defineProperties(document, {
    fullscreenEnabled: { configurable: true, get: () => true },
    fullscreenElement: { configurable: true, get: () => element },
    exitFullscreen: {
      configurable: true,
      value: async () => {
        element = null
        changed()
      },
    },
  })
  Object.defineProperty(document.documentElement, 'requestFullscreen', {
    configurable: true,
    value: requestFullscreen,
  })
  /** The browser leaves full screen by itself, as it does on Escape. */
  const browserLeaves = () => document.exitFullscreen()
  return { requestFullscreen, browserLeaves }
}

beforeEach(() => {
  fakeFullscreen({ allowed: false })
})
afterEach(() => {
  for (const name of ['fullscreenEnabled', 'fullscreenElement', 'exitFullscreen']) {
    Reflect.deleteProperty(document, name)
  }
  Reflect.deleteProperty(document.documentElement, 'requestFullscreen')
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('PresentationMode', () => {
  it('shows the stop asked for with its caption and the tour’s sources, in a region named for the tour', () => {
    present({ initialStop: 2 })
    const region = screen.getByRole('region', { name: 'Tour: The Sino-Polish consortium' })
    expect(stopOnScreen()).toBe('Stop 3')
    expect(screen.getByText('What stop 3 shows')).toBeTruthy()
    expect(screen.getByText('Source: Founding statement (TUL, 2017)')).toBeTruthy()
    // Focused from the start, so that the first key press moves the tour rather than the page.
    expect(document.activeElement).toBe(region)
  })

  it('shows progress as "3 / 5" and as a progressbar with its values', () => {
    present({ initialStop: 2 })
    expect(screen.getByText('3 / 5')).toBeTruthy()
    const progress = screen.getByRole('progressbar', { name: 'The Sino-Polish consortium' })
    expect(progress.getAttribute('aria-valuemin')).toBe('1')
    expect(progress.getAttribute('aria-valuemax')).toBe('5')
    expect(progress.getAttribute('aria-valuenow')).toBe('3')
    expect(progress.getAttribute('aria-valuetext')).toBe('Stop 3 of 5')
    expect(progress.querySelector<HTMLElement>('.presentation-fill')?.style.width).toBe('60%')
  })

  it('moves between stops with arrows, clicker keys, Space, Home and End, showing each stop once', async () => {
    const { user, onApply, onStopChange } = present()
    expect(onStopChange.mock.calls).toEqual([[0]])
    const { filter, selection, view } = stop(1)
    // Without the atlas's data to frame it in, a stop shows its own view.
    expect(onApply).toHaveBeenLastCalledWith({ filter, selection, view }, expect.any(Object))

    const moves: [string, string][] = [
      ['{ArrowRight}', 'Stop 2'],
      ['{PageDown}', 'Stop 3'],
      [' ', 'Stop 4'],
      ['{ArrowLeft}', 'Stop 3'],
      ['{End}', 'Stop 5'],
      ['{PageUp}', 'Stop 4'],
      ['{Home}', 'Stop 1'],
    ]
    for (const [keys, shown] of moves) {
      await user.keyboard(keys)
      expect(stopOnScreen()).toBe(shown)
    }
    expect(onStopChange.mock.calls.flat()).toEqual([0, 1, 2, 3, 2, 4, 3, 0])
    expect(onApply).toHaveBeenCalledTimes(8)
    expect(onApply).toHaveBeenLastCalledWith({ filter, selection, view }, expect.any(Object))
    expect(screen.getByText('1 / 5')).toBeTruthy()
  })

  it('applies each stop once, however often the app renders it with new callbacks', () => {
    const { rerender, onApply } = present()
    const again = vi.fn()
    rerender(
      <PresentationMode tour={tour} kiosk={false} sources={sources} onApply={again} onExit={() => {}} />,
    )
    expect(onApply).toHaveBeenCalledTimes(1)
    expect(again).not.toHaveBeenCalled()
  })

  it('moves with its buttons, named for what they do, and marks the one that cannot move at either end', async () => {
    const { user, onStopChange } = present()
    const previous = button('Previous stop')
    const next = button('Next stop')
    expect(previous.title).toBe('Previous stop')
    expect(next.title).toBe('Next stop')
    expect(previous.getAttribute('aria-disabled')).toBe('true')
    expect(next.hasAttribute('aria-disabled')).toBe(false)

    await user.click(previous)
    expect(stopOnScreen()).toBe('Stop 1')
    await user.click(next)
    expect(stopOnScreen()).toBe('Stop 2')
    expect(previous.hasAttribute('aria-disabled')).toBe(false)

    await user.keyboard('{End}')
    expect(next.getAttribute('aria-disabled')).toBe('true')
    await user.click(next)
    // Focus stays on the button (aria-disabled, not disabled), and a key pressed there does not pass the end.
    expect(document.activeElement).toBe(next)
    await user.keyboard('{ArrowRight}')
    expect(stopOnScreen()).toBe('Stop 5')
    expect(onStopChange.mock.calls.flat()).toEqual([0, 1, 4])
  })

  it('blanks the screen with B or ".", and shows it again with the same key or a click', async () => {
    const { user } = present()
    const blankScreen = () => screen.queryByRole('button', { name: /The screen is blank/ })
    expect(blankScreen()).toBeNull()

    await user.keyboard('b')
    expect(blankScreen()).not.toBeNull()
    await user.keyboard('b')
    expect(blankScreen()).toBeNull()

    // A key held down (a clicker's button pressed a little long) blanks once rather than flickering.
    await user.keyboard('{.>2/}')
    expect(blankScreen()).not.toBeNull()
    await user.click(screen.getByRole('button', { name: /The screen is blank/ }))
    expect(blankScreen()).toBeNull()
    expect(stopOnScreen()).toBe('Stop 1')
  })

  it('shows a blanked screen again on the same stop at the next key, and moves on at the one after', async () => {
    const { user, onStopChange } = present({ initialStop: 1 })
    await user.keyboard('b')
    await user.keyboard('{PageDown}')
    expect(screen.queryByRole('button', { name: /The screen is blank/ })).toBeNull()
    expect(stopOnScreen()).toBe('Stop 2')
    await user.keyboard('{PageDown}')
    expect(stopOnScreen()).toBe('Stop 3')
    expect(onStopChange.mock.calls.flat()).toEqual([1, 2])
  })

  it('leaves with Escape, or with its button', async () => {
    const { user, onExit } = present()
    expect(screen.getByText(/Esc leaves/)).toBeTruthy()
    await user.keyboard('{Escape}')
    expect(onExit).toHaveBeenCalledTimes(1)
    await user.click(button('Leave the tour'))
    expect(onExit).toHaveBeenCalledTimes(2)
  })

  it('leaves when the browser leaves full screen, which takes Escape for itself', async () => {
    const { requestFullscreen, browserLeaves } = fakeFullscreen({ allowed: true })
    const { onExit } = present()
    expect(requestFullscreen).toHaveBeenCalledTimes(1)
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Full screen' })).toBeNull())
    expect(onExit).not.toHaveBeenCalled()
    await act(browserLeaves)
    expect(onExit).toHaveBeenCalledTimes(1)
  })

  it('offers Full screen where the browser refused it, and asks again on a click', async () => {
    const { requestFullscreen } = fakeFullscreen({ allowed: false })
    const { user } = present()
    expect(requestFullscreen).toHaveBeenCalledTimes(1)
    await user.click(await screen.findByRole('button', { name: 'Full screen' }))
    expect(requestFullscreen).toHaveBeenCalledTimes(2)
  })

  it('leaves the keys to a dialog open over it, such as Share', async () => {
    const onExit = vi.fn()
    const { user } = renderWithUser(
      <>
        <PresentationMode tour={tour} kiosk={false} onApply={() => {}} onExit={onExit} />
        <dialog open aria-label="Share">
          <button type="button">Copy link</button>
        </dialog>
      </>,
    )
    button('Copy link').focus()
    await user.keyboard('{ArrowRight}b{Escape}')
    expect(stopOnScreen()).toBe('Stop 1')
    expect(screen.queryByRole('button', { name: /The screen is blank/ })).toBeNull()
    expect(onExit).not.toHaveBeenCalled()
  })

  it('in a kiosk, offers no way out on screen, never disables a move and goes round from the last stop', async () => {
    const { user, container } = present({ kiosk: true, initialStop: 4 })
    expect(screen.queryByRole('button', { name: 'Leave the tour' })).toBeNull()
    expect(container.querySelector('[aria-disabled]')).toBeNull()
    expect(screen.queryByText(/Esc leaves/)).toBeNull()
    await user.click(button('Next stop'))
    expect(stopOnScreen()).toBe('Stop 1')
  })

  it('in a kiosk, goes on by itself, pauses while someone uses it, and goes on again when left alone', () => {
    vi.useFakeTimers()
    present({ kiosk: true, dwellMs: 1000, idleMs: 5000 })
    expect(stopOnScreen()).toBe('Stop 1')
    act(() => vi.advanceTimersByTime(1000))
    expect(stopOnScreen()).toBe('Stop 2')

    // fireEvent rather than user-event: Testing Library's async wrapper waits on a timer only Jest's clock runs.
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'x' })
    expect(screen.getByRole('status').textContent).toMatch(/^Paused/)
    act(() => vi.advanceTimersByTime(4000))
    expect(stopOnScreen()).toBe('Stop 2')
    act(() => vi.advanceTimersByTime(1000))
    expect(stopOnScreen()).toBe('Stop 3')
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('in a kiosk, for someone who asked for less motion, moves only when moved until Play, and stops at Stop', () => {
    vi.useFakeTimers()
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)')
    vi.spyOn(window, 'matchMedia').mockImplementation((query) => ({
      ...reduced,
      matches: true,
      media: query,
    }))
    present({ kiosk: true, dwellMs: 1000, idleMs: 5000 })
    act(() => vi.advanceTimersByTime(10_000))
    expect(stopOnScreen()).toBe('Stop 1')
    expect(screen.getByRole('status').textContent).toMatch(/^Stopped/)
    fireEvent.click(button('Next stop'))
    act(() => vi.advanceTimersByTime(10_000))
    expect(stopOnScreen()).toBe('Stop 2')

    fireEvent.click(button('Play: go on by itself'))
    expect(screen.queryByRole('status')).toBeNull()
    act(() => vi.advanceTimersByTime(1000))
    expect(stopOnScreen()).toBe('Stop 3')
    fireEvent.click(button('Stop: go on only when moved'))
    act(() => vi.advanceTimersByTime(10_000))
    expect(stopOnScreen()).toBe('Stop 3')
  })

  it('offers Share for the stop on screen when the app can share, but not in a kiosk', async () => {
    const onShare = vi.fn()
    const { user, unmount } = present({ onShare })
    await user.keyboard('{ArrowRight}')
    const share = button('Share')
    expect(share.getAttribute('aria-haspopup')).toBe('dialog')
    await user.click(share)
    expect(onShare).toHaveBeenCalledWith(tour.stops[1])
    unmount()

    present({ onShare, kiosk: true })
    expect(screen.queryByRole('button', { name: 'Share' })).toBeNull()
  })

  it('offers no Share when the app cannot share', () => {
    present()
    expect(screen.queryByRole('button', { name: 'Share' })).toBeNull()
  })

  it('keeps a stop beyond the end within the tour', () => {
    present({ initialStop: 99 })
    expect(stopOnScreen()).toBe('Stop 5')
  })
})

/**
 * The Fullscreen API, asked once at a time. Browsers refuse it without a recent click (a tour opened from a link,
 * a kiosk browser, a headless test), so the answer is whether the page is now full screen rather than an error:
 * the presentation covers the window either way and offers a button to try again.
 */
let pending: Promise<boolean> | null = null

export function enterFullscreen(element: HTMLElement = document.documentElement): Promise<boolean> {
  if (document.fullscreenElement) return Promise.resolve(true)
  if (!document.fullscreenEnabled) return Promise.resolve(false)
  if (!pending) {
    const request = element.requestFullscreen({ navigationUI: 'hide' }).then(
      () => true,
      () => false,
    )
    pending = request
    void request.then(() => {
      if (pending === request) pending = null
    })
  }
  return pending
}

export function leaveFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen()
}

export function isFullscreen(): boolean {
  return document.fullscreenElement !== null
}

let holders = 0

/**
 * Keeps the page full screen while something holds it; the returned release leaves full screen once nothing
 * does. The check waits a task, so that React remounting a component (StrictMode does on purpose) does not
 * leave and re-enter full screen, which browsers would refuse the second time.
 */
export function holdFullscreen(): () => void {
  holders++
  return () => {
    holders--
    window.setTimeout(() => {
      if (holders === 0) leaveFullscreen()
    }, 0)
  }
}

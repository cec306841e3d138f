import { useEffect, useEffectEvent, useState } from 'react'
import { enterFullscreen, holdFullscreen, isFullscreen } from './fullscreen'

/**
 * Full screen for as long as a presentation is on: asked for as it starts, held until it ends, and asked again by
 * `requestFullscreen` (a button) where the browser refused. Leaving full screen (the browser takes Escape for
 * that) calls `onLeave`, as Escape leaves the presentation.
 */
export function usePresentationFullscreen(element: HTMLElement | undefined, onLeave: () => void) {
  const [fullscreen, setFullscreen] = useState(false)
  const requestFullscreen = () => {
    void enterFullscreen(element).then(setFullscreen)
  }

  const onFullscreenChange = useEffectEvent(() => {
    const now = isFullscreen()
    if (fullscreen && !now) onLeave()
    setFullscreen(now)
  })
  useEffect(() => {
    document.addEventListener('fullscreenchange', onFullscreenChange)
    return () => document.removeEventListener('fullscreenchange', onFullscreenChange)
  }, [])

  const start = useEffectEvent(() => {
    setFullscreen(isFullscreen())
    requestFullscreen()
  })
  useEffect(() => {
    start()
    // Also when the app unmounts the presentation itself (Back, a new URL) rather than through its exit.
    return holdFullscreen()
  }, [])

  return { fullscreen, requestFullscreen }
}

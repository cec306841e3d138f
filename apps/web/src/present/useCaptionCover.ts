import { useEffect, useEffectEvent, useRef } from 'react'

/**
 * Reports how many pixels at the bottom of the window the caption covers, whenever it or the window changes
 * size, so that the map can centre each stop above it. Returns the ref to put on the caption.
 */
export function useCaptionCover(onCaptionCover?: (pixels: number) => void) {
  const caption = useRef<HTMLDivElement>(null)
  const report = useEffectEvent(() => {
    const top = caption.current?.getBoundingClientRect().top
    onCaptionCover?.(top === undefined ? 0 : Math.max(0, Math.round(window.innerHeight - top)))
  })
  useEffect(() => {
    const observer = new ResizeObserver(() => report())
    if (caption.current) observer.observe(caption.current)
    window.addEventListener('resize', report)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', report)
    }
  }, [])
  return caption
}

import { useEffect, useEffectEvent, useRef } from 'react'
import type { Insets } from '../map/useView'
import { sameInsets } from '../map/view'
import { freePadding } from '../present/frame'

/**
 * Measures how much of the map area (`area`) the part put beside it (`sheet`) covers, and reports it to `onCover`
 * whenever it changes: nothing where the details stand beside the map, the sheet's height where they lie over its
 * bottom (a phone). The map keeps its view's centre in the rest (AtlasMapProps' `covered`). `hasSheet` says whether
 * the sheet is on the page, so that one that comes or goes is measured afresh.
 */
export function useSheetCover(hasSheet: boolean, onCover: ((covered: Insets) => void) | undefined) {
  const area = useRef<HTMLElement>(null)
  const sheet = useRef<HTMLDivElement>(null)
  const reported = useRef<Insets | null>(null)

  const measure = useEffectEvent(() => {
    if (!onCover || !area.current) return
    const map = area.current.getBoundingClientRect()
    const over = sheet.current?.getBoundingClientRect()
    const covers = over
      ? [
          {
            left: over.left - map.left,
            top: over.top - map.top,
            right: over.right - map.left,
            bottom: over.bottom - map.top,
          },
        ]
      : []
    const covered = freePadding({ width: map.width, height: map.height }, covers)
    const before = reported.current
    // Sub-pixel changes move nothing on the map.
    if (before && sameInsets(before, covered)) return
    reported.current = covered
    onCover(covered)
  })

  useEffect(() => {
    const observer = new ResizeObserver(() => measure())
    for (const element of [area.current, sheet.current]) {
      if (element) observer.observe(element)
    }
    measure()
    return () => observer.disconnect()
  }, [hasSheet])

  return { area, sheet }
}

import { useEffectEvent, useLayoutEffect, useRef } from 'react'
import { sameView } from '../map/view'
import type { MapView } from '../state/atlasView'
import { useAtlasView } from '../state/useUrlState'
import { type Bounds, viewOfBounds } from './viewBounds'

/**
 * Shows an embed's bounds (`&bounds=`) whole in its frame, whatever the frame's shape: once before the map is made,
 * so that it opens there, and again whenever the frame changes size, until the person moves the map (a view of
 * their own stays theirs). The embedded map fills its frame, so the frame's size is the window's.
 */
export function useFitBounds(bounds: Bounds | null): void {
  const { atlas, update } = useAtlasView()
  /** The view last fitted, to tell it from one the person moved to. */
  const fitted = useRef<MapView | null>(null)
  const currentView = useEffectEvent(() => atlas.view)

  useLayoutEffect(() => {
    if (!bounds) return
    const fit = () => {
      const size = { width: window.innerWidth, height: window.innerHeight }
      if (size.width === 0 || size.height === 0) return
      if (fitted.current && !sameView(currentView(), fitted.current)) return
      const view = viewOfBounds(bounds, size)
      fitted.current = view
      update({ view }, { history: 'replace' })
    }
    fit()
    window.addEventListener('resize', fit)
    return () => window.removeEventListener('resize', fit)
  }, [bounds, update])
}

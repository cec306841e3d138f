import { useEffect } from 'react'
import type { Theme } from '../state/atlasView'
import './projector.css'

/**
 * Puts the interface in the projector theme while `on`: sets data-projector="light" or "dark" on <html>, which
 * projector.css and the presentation overlay style by. The map reads the same choice from its props.
 */
export function useProjectorTheme(on: boolean, theme: Theme): void {
  useEffect(() => {
    if (!on) return
    const root = document.documentElement
    root.setAttribute('data-projector', theme)
    return () => root.removeAttribute('data-projector')
  }, [on, theme])
}

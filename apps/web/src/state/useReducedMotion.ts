import { useSyncExternalStore } from 'react'

const QUERY = '(prefers-reduced-motion: reduce)'

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY)
  media.addEventListener('change', onChange)
  return () => media.removeEventListener('change', onChange)
}

/** Whether the person has asked their system for less motion, now. */
export function prefersReducedMotion(): boolean {
  return matchMedia(QUERY).matches
}

/** Whether the person asked their system for less motion; follows the setting as it changes. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, prefersReducedMotion)
}

/**
 * For a camera move (flyTo, easeTo, fitBounds): none of its motion, only its end, for someone who asked for less
 * motion. MapLibre 6 no longer asks the system itself.
 */
export function cameraMotion(): { animate: boolean } {
  return { animate: !prefersReducedMotion() }
}

import type { Map as MapLibreMap } from 'maplibre-gl'

declare global {
  interface Window {
    /** The map, for end-to-end tests to ask what it draws. */
    __atlasMap?: MapLibreMap
  }
}

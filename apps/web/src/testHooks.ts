import type { Map as MapLibreMap } from 'maplibre-gl'

/**
 * Whether this build carries hooks for the end-to-end tests (VITE_TEST_HOOKS=1, set by e2e/server.ts). Vite
 * writes the value in at build time, so a production build drops the hooks' code altogether.
 */
export const TEST_HOOKS = import.meta.env.VITE_TEST_HOOKS === '1'

/** Puts the map where the end-to-end tests ask it what it draws (window.__atlasMap, map/testHook.ts). */
export function exposeMapForTests(map: MapLibreMap | null): void {
  if (map) window.__atlasMap = map
  else delete window.__atlasMap
}

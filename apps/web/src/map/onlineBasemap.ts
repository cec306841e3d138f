import type { Theme } from '../state/atlasView'

/**
 * An online vector basemap (a MapLibre style URL, e.g. OpenFreeMap's) to draw the data over instead of the offline
 * one, set at build time: VITE_BASEMAP_STYLE_URL, and VITE_BASEMAP_STYLE_URL_DARK for the dark theme. Unset, the
 * default, the map asks nothing of any other host.
 */
export const ONLINE_BASEMAP: Readonly<Record<Theme, string>> | null = onlineBasemap(
  import.meta.env.VITE_BASEMAP_STYLE_URL,
  import.meta.env.VITE_BASEMAP_STYLE_URL_DARK,
)

function onlineBasemap(light: unknown, dark: unknown): Record<Theme, string> | null {
  if (typeof light !== 'string' || light === '') return null
  return { light, dark: typeof dark === 'string' && dark !== '' ? dark : light }
}

import { IDEOGRAPH_FONT_FAMILY } from '../map/fonts'
import { MAPLIBRE_LOCALE } from '../map/maplibreLocale'
import { imageScale } from './imageLayout'
import { exportMapImage, type RenderMapImageOptions } from './pngExport'

/**
 * The atlas's map as a PNG download. Loaded only when someone exports an image: it needs MapLibre, which the map
 * has loaded by then. A large image is drawn as a sharp 1920 × 1080 map (never less than one map pixel per image
 * pixel), so that arcs and labels keep the size they have on a projector; Chinese labels are drawn as on screen.
 */
export function exportAtlasImage(
  options: Omit<RenderMapImageOptions, 'pixelRatio' | 'mapOptions'>,
): Promise<void> {
  return exportMapImage({
    ...options,
    pixelRatio: Math.max(1, imageScale(options)),
    mapOptions: { localIdeographFontFamily: IDEOGRAPH_FONT_FAMILY, locale: MAPLIBRE_LOCALE },
  })
}

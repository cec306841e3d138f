import type { Theme } from '../state/atlasView'
import { PALETTES, type Palette } from './palette'
import { PROJECTOR_MAP_PALETTES } from './projectorTheme'

/** The map's colours for a theme, in the projector theme's stronger ones while that is on. */
export function mapPalette(theme: Theme, projector: boolean): Palette {
  return (projector ? PROJECTOR_MAP_PALETTES : PALETTES)[theme]
}

import { type AtlasView, type MapView, NO_FILTER, type Theme } from './atlasView'

/** The first view of the atlas: Europe, Africa and China in one frame. */
export const DEFAULT_MAP_VIEW: MapView = { lon: 60, lat: 30, zoom: 2.2, bearing: 0, pitch: 0 }

/** The zoom the map flies to when someone chooses an institution from a list. */
export const FOCUS_ZOOM = 6

/** What a link without parameters shows. The theme follows the person's system unless the link names one. */
export function defaultAtlasView(theme: Theme): AtlasView {
  return {
    filter: NO_FILTER,
    selection: null,
    view: DEFAULT_MAP_VIEW,
    theme,
    options: { colourBy: 'initiative', pairwise: false, choropleth: false, projector: false },
  }
}

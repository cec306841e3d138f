import type { CountryCode, LinkFilter } from '@atlas/schema'

/**
 * What the person is looking at: the filter, the selection and the map view. All of it lives in the URL
 * (see urlState.ts), so a copied link reopens exactly this view.
 */

/**
 * Which links are shown: the shared LinkFilter of @atlas/schema, whose doc comment defines it. An institution is
 * shown when it is at either end of a shown link, or when it has no links at all and only the country part of the
 * filter is active (and its country is listed or none are): see unlinkedShown in data/filterAtlas.ts.
 */
export type AtlasFilter = LinkFilter

export { NO_FILTER } from '@atlas/schema'

export type Selection =
  | { type: 'institution'; id: string }
  | { type: 'link'; id: string }
  | { type: 'country'; code: CountryCode }
  | { type: 'group'; id: string }
  | null

export interface MapView {
  lon: number
  lat: number
  zoom: number
  bearing: number
  pitch: number
}

export type Theme = 'light' | 'dark'

/**
 * How the map draws: colours by initiative or by kind, a consortium as members-to-seat or pairwise, shading, and
 * the projector theme (high contrast, thicker arcs, larger labels and type, in the light or dark theme).
 */
export interface MapOptions {
  colourBy: 'initiative' | 'kind'
  pairwise: boolean
  choropleth: boolean
  projector: boolean
}

export interface AtlasView {
  filter: AtlasFilter
  selection: Selection
  view: MapView
  theme: Theme
  options: MapOptions
}

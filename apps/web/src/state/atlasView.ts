import type { CountryCode, LinkKind } from '@atlas/schema'

/**
 * What the person is looking at: the filter, the selection and the map view. All of it lives in the URL
 * (see urlState.ts), so a copied link reopens exactly this view.
 */

/**
 * Which links are shown. A link is shown when it matches every part:
 * - initiatives: null shows all; otherwise the link belongs to at least one listed initiative.
 * - countries: empty shows all; otherwise at least one end of the link is in a listed country.
 * - linkKinds: null shows all; otherwise the link's kind is listed.
 * - yearFrom / yearTo: null is unbounded. A link without a start date is shown only while both are null;
 *   a dated link is shown when its start year lies within the bounds.
 * An institution is shown when it is at either end of a shown link, or when it has no links at all and only the
 * country part of the filter is active (and its country is listed or none are).
 */
export interface AtlasFilter {
  initiatives: string[] | null
  countries: CountryCode[]
  linkKinds: LinkKind[] | null
  yearFrom: number | null
  yearTo: number | null
}

export const NO_FILTER: AtlasFilter = {
  initiatives: null,
  countries: [],
  linkKinds: null,
  yearFrom: null,
  yearTo: null,
}

export type Selection =
  | { type: 'institution'; id: string }
  | { type: 'link'; id: string }
  | { type: 'country'; code: CountryCode }
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

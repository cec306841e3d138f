import type { InstitutionKind, LinkKind } from '@atlas/schema'
import type { Theme } from '../state/atlasView'

/** The colours of the map that are not data: calm, so that the initiatives' colours stand out on them. */
export interface Palette {
  water: string
  land: string
  /** Land of the selected country. */
  landSelected: string
  border: string
  coast: string
  /** Country names: quieter than institutions' names, but like all the map's text 4.5:1 over land and water. */
  countryLabel: string
  /** Institution names. */
  label: string
  /** The second line of an institution's label (city, native name). */
  labelSecondary: string
  /**
   * Institution names while something else is selected, drawn at FADED_LABEL_OPACITY (labelLayers.ts): still 4.5:1
   * against land and water once composited (contrast.test.ts), so a faded name stays readable.
   */
  labelFaded: string
  /** Names of cities and towns on the close-up basemap. */
  placeLabel: string
  /** Behind text and highlighted arcs, so they read over anything. */
  halo: string
  cluster: string
  clusterText: string
  /** The rim of an institution's circle. */
  pointRim: string
  /** The selected institution's rim and the selected country's outline. */
  accent: string
  /** Institutions without links, and links while colour shows the kind of institution. */
  neutral: string
  /** Country shading from few to many links. */
  choroplethLow: string
  choroplethHigh: string
}

export const PALETTES: Record<Theme, Palette> = {
  light: {
    water: '#dae4ec',
    land: '#f8f7f3',
    landSelected: '#ebe4d3',
    border: '#bcc5cf',
    coast: '#a3b3c2',
    countryLabel: '#596572',
    label: '#1b2430',
    labelSecondary: '#4f5d6d',
    labelFaded: '#3e4754',
    placeLabel: '#454f5c',
    halo: '#ffffff',
    cluster: '#3f4c5e',
    clusterText: '#ffffff',
    pointRim: '#ffffff',
    accent: '#111827',
    neutral: '#64748b',
    choroplethLow: '#ebe6f6',
    choroplethHigh: '#a494d6',
  },
  dark: {
    water: '#0b121c',
    land: '#1f2a38',
    landSelected: '#30405a',
    border: '#3e4d61',
    coast: '#374a61',
    countryLabel: '#a1aec0',
    label: '#eef2f7',
    labelSecondary: '#aab6c4',
    labelFaded: '#c4cdd8',
    placeLabel: '#c2cbd6',
    halo: '#0b121c',
    cluster: '#66768b',
    clusterText: '#ffffff',
    pointRim: '#0b121c',
    accent: '#f8fafc',
    neutral: '#a5b1c0',
    choroplethLow: '#2e2d4d',
    choroplethHigh: '#6657b3',
  },
}

/**
 * Institution colours while options.colourBy is 'kind', the same in both themes so the legend can show them: apart
 * from each other and from every theme's neutral by DISTINCT_DELTA_E in normal vision and in each colour-vision
 * deficiency (colourVision.test.ts). The green and the teal differ in lightness as well as hue, because without blue
 * cones their hues look alike.
 */
export const INSTITUTION_KIND_COLOURS: Record<InstitutionKind, string> = {
  university: '#0481f5',
  college: '#37ad6d',
  institute: '#e71ac1',
  company: '#e77924',
  government_body: '#18836b',
}

/** Line width in pixels at world scale, by kind of link: the closer the tie, the thicker. */
export const LINK_KIND_WIDTHS: Record<LinkKind, number> = {
  joint_institute: 3.2,
  cooperation_agreement: 2.4,
  vocational_cooperation: 2.4,
  training_programme: 2,
  consortium_membership: 1.8,
}

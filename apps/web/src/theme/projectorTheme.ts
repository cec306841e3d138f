import type { ExpressionSpecification } from 'maplibre-gl'
import type { Theme } from '../state/atlasView'
import type { Palette } from './palette'
import { linearRgb } from './srgb'

/**
 * The projector theme: what a room reads from ten metres away on a washed-out screen. Black on white or white on
 * black for text, stronger map colours, thicker arcs, larger labels and larger interface type. The map takes its
 * colours from PROJECTOR_MAP_PALETTES and scales its paint with PROJECTOR_SCALE (through scalePaintNumber); the
 * interface gets projector.css through `data-projector` on <html> (useProjectorTheme), which sets the app's
 * theme variables to PROJECTOR_UI.
 */
export interface ProjectorUi {
  /** --bg */
  background: string
  /** --surface, and the boxes drawn over an exported image (at `surfaceOpacity`). */
  surface: string
  surfaceOpacity: number
  /** --surface-2, --surface-3 */
  surface2: string
  surface3: string
  /** --text, --text-muted */
  text: string
  mutedText: string
  /** --border */
  border: string
  /** --accent, --accent-soft, --accent-text, --accent-contrast (text on --accent), --focus */
  accent: string
  accentSoft: string
  accentText: string
  onAccent: string
  focus: string
  /** --danger, --danger-soft */
  danger: string
  dangerSoft: string
}

export const PROJECTOR_UI: Readonly<Record<Theme, ProjectorUi>> = {
  light: {
    background: '#ffffff',
    surface: '#ffffff',
    surfaceOpacity: 0.94,
    surface2: '#f0f0f0',
    surface3: '#e0e0e0',
    text: '#000000',
    mutedText: '#2e2e2e',
    border: '#595959',
    accent: '#0b3d91',
    accentSoft: '#dbe5f5',
    accentText: '#0b3d91',
    onAccent: '#ffffff',
    focus: '#0b3d91',
    danger: '#a50e0e',
    dangerSoft: '#fde8e8',
  },
  dark: {
    background: '#000000',
    surface: '#000000',
    surfaceOpacity: 0.9,
    surface2: '#141414',
    surface3: '#262626',
    text: '#ffffff',
    mutedText: '#dedede',
    border: '#a6a6a6',
    accent: '#ffd23f',
    accentSoft: '#3d3100',
    accentText: '#ffd23f',
    onAccent: '#000000',
    focus: '#ffd23f',
    danger: '#ff8a80',
    dangerSoft: '#3d0f0c',
  },
}

/** The map's colours in the projector theme, in the shape of palette.ts's PALETTES. */
export const PROJECTOR_MAP_PALETTES: Readonly<Record<Theme, Palette>> = {
  light: {
    water: '#a9c9e8',
    land: '#ffffff',
    landSelected: '#ffe8a3',
    border: '#5c5c5c',
    coast: '#3d6a91',
    countryLabel: '#333333',
    label: '#000000',
    labelSecondary: '#2e2e2e',
    labelFaded: '#333333',
    placeLabel: '#262626',
    halo: '#ffffff',
    cluster: '#1f2937',
    clusterText: '#ffffff',
    pointRim: '#ffffff',
    accent: '#000000',
    neutral: '#4b5563',
    choroplethLow: '#e3dcf5',
    choroplethHigh: '#5b3fb8',
  },
  dark: {
    water: '#000000',
    land: '#333333',
    landSelected: '#5a4a0c',
    border: '#a3a3a3',
    coast: '#7a8ea3',
    countryLabel: '#d6d6d6',
    label: '#ffffff',
    labelSecondary: '#e0e0e0',
    labelFaded: '#dddddd',
    placeLabel: '#e8e8e8',
    halo: '#000000',
    cluster: '#d1d5db',
    clusterText: '#000000',
    pointRim: '#000000',
    accent: '#ffd23f',
    neutral: '#d1d5db',
    choroplethLow: '#2b2450',
    choroplethHigh: '#8f7ae6',
  },
}

/** Multipliers of the normal theme's sizes. */
export const PROJECTOR_SCALE = {
  /** line-width of arcs and their halo */
  arcWidth: 2,
  /** circle-radius of institutions and clusters */
  pointRadius: 1.5,
  /** text-size of every label */
  labelSize: 1.4,
  /** text-halo-width of every label */
  labelHaloWidth: 1.5,
  /** The interface's type, as projector.css sets the root font size. */
  uiFont: 1.35,
} as const

type PaintNumber = number | ExpressionSpecification

const OUTPUT_FROM: Readonly<Record<string, number>> = {
  // ['interpolate', type, input, stop, output, stop, output, …]
  interpolate: 4,
  'interpolate-hcl': 4,
  'interpolate-lab': 4,
  // ['step', input, output, stop, output, …]
  step: 2,
}

/**
 * A numeric paint or layout value multiplied by `factor`. A top-level interpolate or step has its outputs scaled,
 * because a zoom input may only appear there (wrapping it in ["*", …] would be an invalid style); anything else
 * is wrapped in ["*", value, factor].
 */
export function scalePaintNumber(value: PaintNumber, factor: number): PaintNumber {
  if (typeof value === 'number') return value * factor
  const [operator] = value
  const first = typeof operator === 'string' ? OUTPUT_FROM[operator] : undefined
  if (first === undefined) return ['*', value, factor]
  const scaled: unknown[] = value.map((part, index) =>
    index >= first && (index - first) % 2 === 0 ? scalePaintNumber(part as PaintNumber, factor) : part,
  )
  // The same expression with numbers in the output places: still the expression type it was.
  return scaled as ExpressionSpecification
}

/** WCAG 2 contrast ratio of two #rrggbb colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

function luminance(hex: string): number {
  const [r, g, b] = linearRgb(hex)
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LAYER_STATE } from '../map/fixtures'
import { LAYER_IDS } from '../map/layerIds'
import { atlasLayers } from '../map/layers/atlasLayers'
import { FADED_LABEL_OPACITY } from '../map/layers/labelLayers'
import type { Theme } from '../state/atlasView'
import { seedInitiatives } from '../testing/seedInitiatives'
import { cssVariables } from './cssVariables'
import { mapPalette } from './mapPalette'
import type { Palette } from './palette'
import { contrastRatio } from './projectorTheme'
import { channels, hexOf } from './srgb'

/** `colour` drawn at `opacity` over `background`, as the browser blends them: channel by channel, in sRGB. */
function composite(colour: string, opacity: number, background: string): string {
  const [r, g, b] = channels(colour)
  const [backR, backG, backB] = channels(background)
  const mix = (front: number, back: number) => opacity * front + (1 - opacity) * back
  return hexOf([mix(r, backR), mix(g, backG), mix(b, backB)])
}

/** WCAG 2's AA minimum for text of a normal size (1.4.3). */
const AA_TEXT = 4.5
/** WCAG 2's minimum for graphics that one needs to see to understand or use something (1.4.11). */
const AA_GRAPHICS = 3

// The interface's colours as the browser resolves them: theme.css's light values, its dark ones over them, and
// projector.css's over the theme they project (useProjectorTheme sets data-projector beside data-theme).
const themeCss = readFileSync(new URL('../styles/theme.css', import.meta.url), 'utf8')
const projectorCss = readFileSync(new URL('./projector.css', import.meta.url), 'utf8')
const lightUi = cssVariables(themeCss, ':root')
const darkUi = { ...lightUi, ...cssVariables(themeCss, ':root[data-theme="dark"]') }

const THEMES: { name: string; theme: Theme; projector: boolean; ui: Record<string, string> }[] = [
  { name: 'light', theme: 'light', projector: false, ui: lightUi },
  { name: 'dark', theme: 'dark', projector: false, ui: darkUi },
  {
    name: 'projector light',
    theme: 'light',
    projector: true,
    ui: { ...lightUi, ...cssVariables(projectorCss, 'html:root[data-projector="light"]') },
  },
  {
    name: 'projector dark',
    theme: 'dark',
    projector: true,
    ui: { ...darkUi, ...cssVariables(projectorCss, 'html:root[data-projector="dark"]') },
  },
]

/** Each of the interface's text colours and the backgrounds styles/ draws it on (--accent: the "Only" buttons). */
const UI_TEXT: [string, string[]][] = [
  ['text', ['bg', 'surface', 'surface-2', 'surface-3', 'accent-soft', 'danger-soft']],
  ['text-muted', ['bg', 'surface', 'surface-2', 'surface-3', 'accent-soft', 'danger-soft']],
  ['accent-text', ['bg', 'surface', 'surface-2', 'accent-soft']],
  ['accent', ['surface', 'surface-2']],
  ['accent-contrast', ['accent']],
  ['danger', ['surface', 'danger-soft']],
]

describe.each(THEMES)('the interface in the $name theme', ({ ui }) => {
  const variable = (name: string) => {
    const value = ui[name]
    if (value === undefined) throw new Error(`no --${name}`)
    return value
  }

  it.each(UI_TEXT)('--%s reads at 4.5:1 or more on each background it is drawn on', (text, backgrounds) => {
    for (const background of backgrounds) {
      const ratio = contrastRatio(variable(text), variable(background))
      expect(ratio, `on --${background}`).toBeGreaterThanOrEqual(AA_TEXT)
    }
  })

  it('draws the focus ring at 3:1 or more against the page, the panels and the map’s frame around it', () => {
    for (const background of ['bg', 'surface', 'surface-2', 'map-bg']) {
      const ratio = contrastRatio(variable('focus'), variable(background))
      expect(ratio, `on --${background}`).toBeGreaterThanOrEqual(AA_GRAPHICS)
    }
  })
})

/** What the basemap puts behind the map's text and arcs. */
const BASEMAP: (keyof Palette)[] = ['land', 'landSelected', 'water']
/** Text drawn with a halo of `halo` around each glyph: institutions' names, their second lines, countries, places. */
const HALOED_TEXT: (keyof Palette)[] = ['label', 'labelSecondary', 'countryLabel', 'placeLabel']

describe.each(THEMES)('map text in the $name theme', ({ theme, projector }) => {
  const p = mapPalette(theme, projector)

  // The halo is what stands right behind the glyphs; it is only 1–2 px wide, so the fill beyond it counts too.
  it.each(HALOED_TEXT)(
    '%s reads at 4.5:1 or more over its halo and over land, selected land and water',
    (text) => {
      for (const background of ['halo' as const, ...BASEMAP]) {
        expect(contrastRatio(p[text], p[background]), `over ${background}`).toBeGreaterThanOrEqual(AA_TEXT)
      }
    },
  )

  it.each(BASEMAP)('a faded institution name reads at 4.5:1 or more over %s', (background) => {
    const faded = composite(p.labelFaded, FADED_LABEL_OPACITY, p[background])
    expect(contrastRatio(faded, p[background])).toBeGreaterThanOrEqual(AA_TEXT)
  })

  it.each(BASEMAP)('a cluster’s count reads at 4.5:1 or more on its circle over %s', (background) => {
    const layers = atlasLayers({ ...DEFAULT_LAYER_STATE, theme, projector })
    const clusters = layers.find(({ id }) => id === LAYER_IDS.clusters)
    const opacity = clusters?.type === 'circle' ? clusters.paint?.['circle-opacity'] : undefined
    if (typeof opacity !== 'number') throw new Error('clusters drawn at no single opacity')
    const circle = composite(p.cluster, opacity, p[background])
    expect(contrastRatio(p.clusterText, circle)).toBeGreaterThanOrEqual(AA_TEXT)
  })
})

describe.each(THEMES)('map graphics in the $name theme', ({ theme, projector }) => {
  const p = mapPalette(theme, projector)

  // The colour each arc is drawn in: its initiative's (the seed's, which a fresh atlas shows), or the neutral one
  // while colour shows the kind of institution.
  it.each([
    ...seedInitiatives().map(({ name, colour }) => ({ arcs: name, colour })),
    { arcs: 'neutral', colour: p.neutral },
  ])('$arcs arcs stand out from land at 3:1 or more', ({ colour }) => {
    expect(contrastRatio(colour, p.land)).toBeGreaterThanOrEqual(AA_GRAPHICS)
  })
})

describe('composite', () => {
  it('is the colour at full opacity, the background at none, and between them in between', () => {
    expect(composite('#000000', 1, '#ffffff')).toBe('#000000')
    expect(composite('#000000', 0, '#ffffff')).toBe('#ffffff')
    expect(composite('#000000', 0.5, '#ffffff')).toBe('#808080')
  })
})

import { describe, expect, it } from 'vitest'
import { FADED_LABEL_OPACITY } from '../map/layers/labelLayers'
import type { Theme } from '../state/atlasView'
import { mapPalette } from './mapPalette'
import type { Palette } from './palette'
import { contrastRatio } from './projectorTheme'

/** `colour` drawn at `opacity` over `background`, as the browser blends them: channel by channel, in sRGB. */
function composite(colour: string, opacity: number, background: string): string {
  const channels = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16))
  const back = channels(background)
  return `#${channels(colour)
    .map((value, i) => Math.round(opacity * value + (1 - opacity) * (back[i] ?? 0)))
    .map((value) => value.toString(16).padStart(2, '0'))
    .join('')}`
}

const THEMES: { name: string; theme: Theme; projector: boolean }[] = [
  { name: 'light', theme: 'light', projector: false },
  { name: 'dark', theme: 'dark', projector: false },
  { name: 'projector light', theme: 'light', projector: true },
  { name: 'projector dark', theme: 'dark', projector: true },
]
const BASEMAP: (keyof Palette)[] = ['land', 'landSelected', 'water']
/** WCAG 2's AA minimum for text of a normal size. */
const AA = 4.5

describe.each(THEMES)('map text in the $name theme', ({ theme, projector }) => {
  const p = mapPalette(theme, projector)

  it.each(BASEMAP)('a faded institution name reads at 4.5:1 or more over %s', (background) => {
    const faded = composite(p.labelFaded, FADED_LABEL_OPACITY, p[background])
    expect(contrastRatio(faded, p[background])).toBeGreaterThanOrEqual(AA)
  })

  it.each(BASEMAP)('a place name reads at 4.5:1 or more over %s', (background) => {
    expect(contrastRatio(p.placeLabel, p[background])).toBeGreaterThanOrEqual(AA)
  })
})

describe('composite', () => {
  it('is the colour at full opacity, the background at none, and between them in between', () => {
    expect(composite('#000000', 1, '#ffffff')).toBe('#000000')
    expect(composite('#000000', 0, '#ffffff')).toBe('#ffffff')
    expect(composite('#000000', 0.5, '#ffffff')).toBe('#808080')
  })
})

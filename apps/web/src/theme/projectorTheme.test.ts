import { readFileSync } from 'node:fs'
import type { ExpressionSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { cssVariables } from './cssVariables'
import {
  contrastRatio,
  PROJECTOR_MAP_PALETTES,
  PROJECTOR_SCALE,
  PROJECTOR_UI,
  type ProjectorUi,
  scalePaintNumber,
} from './projectorTheme'

describe('projector colours for the interface', () => {
  for (const [theme, ui] of Object.entries(PROJECTOR_UI)) {
    it(`${theme}: text meets WCAG AAA (7:1) on every surface`, () => {
      for (const text of [ui.text, ui.mutedText]) {
        for (const surface of [ui.background, ui.surface, ui.surface2, ui.surface3]) {
          expect(contrastRatio(text, surface)).toBeGreaterThanOrEqual(7)
        }
      }
      expect(contrastRatio(ui.onAccent, ui.accent)).toBeGreaterThanOrEqual(7)
      expect(contrastRatio(ui.accentText, ui.accentSoft)).toBeGreaterThanOrEqual(7)
      expect(contrastRatio(ui.accentText, ui.surface)).toBeGreaterThanOrEqual(7)
      expect(contrastRatio(ui.danger, ui.surface)).toBeGreaterThanOrEqual(7)
      expect(contrastRatio(ui.danger, ui.dangerSoft)).toBeGreaterThanOrEqual(4.5)
    })

    it(`${theme}: borders and the focus ring stand out (3:1 for graphics, 7:1 for the ring)`, () => {
      expect(contrastRatio(ui.border, ui.surface)).toBeGreaterThanOrEqual(3)
      expect(contrastRatio(ui.focus, ui.background)).toBeGreaterThanOrEqual(7)
    })
  }

  it('is what projector.css sets the app’s theme variables to', () => {
    const css = readFileSync(new URL('./projector.css', import.meta.url), 'utf8')
    const variables: Record<string, keyof ProjectorUi> = {
      bg: 'background',
      surface: 'surface',
      'surface-2': 'surface2',
      'surface-3': 'surface3',
      text: 'text',
      'text-muted': 'mutedText',
      border: 'border',
      accent: 'accent',
      'accent-soft': 'accentSoft',
      'accent-text': 'accentText',
      'accent-contrast': 'onAccent',
      focus: 'focus',
      danger: 'danger',
      'danger-soft': 'dangerSoft',
    }
    for (const [theme, ui] of Object.entries(PROJECTOR_UI)) {
      const declared = cssVariables(css, `html:root[data-projector="${theme}"]`)
      for (const [variable, key] of Object.entries(variables)) {
        expect(declared[variable], `${theme} --${variable}`).toBe(ui[key])
      }
      expect(declared['map-bg']).toBe(PROJECTOR_MAP_PALETTES[theme as keyof typeof PROJECTOR_UI].water)
    }
    expect(css).toContain(`font-size: ${PROJECTOR_SCALE.uiFont * 100}%;`)
  })

  it('makes everything larger than the normal theme', () => {
    for (const factor of Object.values(PROJECTOR_SCALE)) expect(factor).toBeGreaterThan(1)
  })
})

describe('projector colours for the map', () => {
  for (const [theme, palette] of Object.entries(PROJECTOR_MAP_PALETTES)) {
    it(`${theme}: labels read at 7:1 on land, on their halo and on clusters`, () => {
      for (const label of [palette.label, palette.labelSecondary]) {
        expect(contrastRatio(label, palette.land)).toBeGreaterThanOrEqual(7)
        expect(contrastRatio(label, palette.halo)).toBeGreaterThanOrEqual(7)
      }
      expect(contrastRatio(palette.countryLabel, palette.land)).toBeGreaterThanOrEqual(7)
      expect(contrastRatio(palette.clusterText, palette.cluster)).toBeGreaterThanOrEqual(7)
    })

    it(`${theme}: borders, selection and land against water stand out`, () => {
      expect(contrastRatio(palette.border, palette.land)).toBeGreaterThanOrEqual(3)
      expect(contrastRatio(palette.accent, palette.land)).toBeGreaterThanOrEqual(3)
      expect(contrastRatio(palette.neutral, palette.land)).toBeGreaterThanOrEqual(3)
      expect(contrastRatio(palette.land, palette.water)).toBeGreaterThanOrEqual(1.5)
    })
  }
})

describe('contrastRatio', () => {
  it('is 21 for black on white, 1 for a colour on itself, either way round', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21)
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21)
    expect(contrastRatio('#777777', '#777777')).toBe(1)
  })

  it('matches a known value: #767676 on white is 4.54', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
  })

  it('refuses what is not #rrggbb', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow('not a #rrggbb colour: red')
  })
})

describe('scalePaintNumber', () => {
  it('multiplies a number', () => {
    expect(scalePaintNumber(1.5, 2)).toBe(3)
  })

  it('scales the outputs of a zoom interpolation, which cannot be wrapped', () => {
    const width: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 2, 1, 8, 4]
    expect(scalePaintNumber(width, 2)).toEqual(['interpolate', ['linear'], ['zoom'], 2, 2, 8, 8])
  })

  it('scales the outputs of a step, including the first', () => {
    const size: ExpressionSpecification = ['step', ['zoom'], 10, 5, 12, 9, 14]
    expect(scalePaintNumber(size, 1.5)).toEqual(['step', ['zoom'], 15, 5, 18, 9, 21])
  })

  it('wraps data-driven outputs inside an interpolation', () => {
    const width: ExpressionSpecification = [
      'interpolate',
      ['exponential', 1.5],
      ['zoom'],
      2,
      ['get', 'weight'],
      8,
      ['*', 2, ['get', 'weight']],
    ]
    expect(scalePaintNumber(width, 2)).toEqual([
      'interpolate',
      ['exponential', 1.5],
      ['zoom'],
      2,
      ['*', ['get', 'weight'], 2],
      8,
      ['*', ['*', 2, ['get', 'weight']], 2],
    ])
  })

  it('wraps any other expression in a multiplication', () => {
    const width: ExpressionSpecification = ['match', ['get', 'kind'], 'joint_institute', 3, 1.5]
    expect(scalePaintNumber(width, 2)).toEqual(['*', width, 2])
  })
})

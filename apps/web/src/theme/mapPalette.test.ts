import { describe, expect, it } from 'vitest'
import { mapPalette } from './mapPalette'
import { PALETTES } from './palette'
import { PROJECTOR_MAP_PALETTES } from './projectorTheme'

describe('mapPalette', () => {
  it('gives the theme’s calm colours, or the projector’s stronger ones while that is on', () => {
    expect(mapPalette('dark', false)).toBe(PALETTES.dark)
    expect(mapPalette('light', true)).toBe(PROJECTOR_MAP_PALETTES.light)
  })
})

import { describe, expect, it } from 'vitest'
import { channels, fromLinearRgb, hexOf, linearRgb } from './srgb'

describe('channels and hexOf', () => {
  it('read and write #rrggbb, in either case, rounding and clamping what they write', () => {
    expect(channels('#FF8000')).toEqual([255, 128, 0])
    expect(hexOf([255, 127.6, -3])).toBe('#ff8000')
    expect(hexOf([300, 0, 15])).toBe('#ff000f')
  })

  it('refuses what is not #rrggbb', () => {
    expect(() => channels('#fff')).toThrow('not a #rrggbb colour: #fff')
  })
})

describe('linearRgb and fromLinearRgb', () => {
  it('undo and redo the sRGB transfer function: mid-grey #808080 is 21.6% of white’s light', () => {
    expect(linearRgb('#000000')).toEqual([0, 0, 0])
    expect(linearRgb('#ffffff')).toEqual([1, 1, 1])
    expect(linearRgb('#808080')[0]).toBeCloseTo(0.2159, 4)
    expect(fromLinearRgb([0.2159, 0.2159, 0.2159])).toBe('#808080')
  })

  it('round-trip every colour of a sample exactly', () => {
    for (const hex of ['#0b121c', '#e5484d', '#3b82f6', '#059669', '#f8f7f3']) {
      expect(fromLinearRgb(linearRgb(hex))).toBe(hex)
    }
  })

  it('keep what falls outside the screen’s gamut at its edge', () => {
    expect(fromLinearRgb([1.2, -0.1, 0.5])).toBe(fromLinearRgb([1, 0, 0.5]))
  })
})

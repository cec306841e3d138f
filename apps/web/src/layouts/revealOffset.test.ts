import { describe, expect, it } from 'vitest'
import { revealOffset } from './revealOffset'

const PHONE_MAP = { width: 390, height: 700 }
/** A details sheet over the lower half of the map. */
const SHEET = { top: 0, right: 0, bottom: 350, left: 0 }
const MARGIN = 48

describe('revealOffset', () => {
  it('leaves alone a point already in the free part, clear of its edges', () => {
    expect(revealOffset({ x: 200, y: 200 }, PHONE_MAP, SHEET, MARGIN)).toBeNull()
    expect(revealOffset({ x: MARGIN, y: 350 - MARGIN }, PHONE_MAP, SHEET, MARGIN)).toBeNull()
  })

  it('pans a point under the sheet up to just above it, and no further', () => {
    const offset = revealOffset({ x: 100, y: 600 }, PHONE_MAP, SHEET, MARGIN)
    expect(offset).toEqual({ x: 0, y: 600 - (350 - MARGIN) })
  })

  it('pans a point beyond the top or the sides back in, on both axes at once', () => {
    expect(revealOffset({ x: -40, y: -100 }, PHONE_MAP, SHEET, MARGIN)).toEqual({
      x: -40 - MARGIN,
      y: -100 - MARGIN,
    })
    expect(revealOffset({ x: 500, y: 100 }, PHONE_MAP, SHEET, MARGIN)).toEqual({
      x: 500 - (390 - MARGIN),
      y: 0,
    })
  })

  it('keeps clear of covers on any side', () => {
    const covered = { top: 100, right: 50, bottom: 0, left: 0 }
    expect(revealOffset({ x: 360, y: 120 }, PHONE_MAP, covered, MARGIN)).toEqual({
      x: 360 - (340 - MARGIN),
      y: 120 - (100 + MARGIN),
    })
  })

  it('puts the point in the middle of a free part too small for its margins', () => {
    const tall = { top: 0, right: 0, bottom: 620, left: 0 }
    expect(revealOffset({ x: 195, y: 650 }, PHONE_MAP, tall, MARGIN)).toEqual({ x: 0, y: 650 - 40 })
  })
})

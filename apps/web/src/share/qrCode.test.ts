import { encode } from 'uqr'
import { describe, expect, it } from 'vitest'
import { qrCode, qrSvgFile } from './qrCode'

const url = 'https://atlas.example.org/?i=belt-and-road,sino-polish-consortium&c=PL,CN&v=19.5,51.8,4.2,0,0'

/** The dark modules a path draws, read back from its rectangles. */
function modulesOf(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false))
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(width); i++) {
      const row = grid[Number(y)]
      if (row) row[Number(x) + i] = true
    }
  }
  return grid
}

describe('qrCode', () => {
  it('draws exactly the modules the encoder gives, quiet zone included', () => {
    const { size, path } = qrCode(url)
    const encoded = encode(url, { ecc: 'M', border: 4 })
    expect(size).toBe(encoded.size)
    expect(modulesOf(path, size)).toEqual(encoded.data)
  })

  it('leaves four light modules round the code and starts with a finder pattern', () => {
    const { size, path } = qrCode(url)
    const grid = modulesOf(path, size)
    for (const index of [0, 1, 2, 3, size - 4, size - 3, size - 2, size - 1]) {
      expect(grid[index]?.some(Boolean)).toBe(false)
      expect(grid.some((row) => row[index])).toBe(false)
    }
    // The top-left finder pattern: a dark 7 × 7 ring with a light ring inside it.
    expect(grid[4]?.slice(4, 11)).toEqual(Array(7).fill(true))
    expect(grid[5]?.slice(4, 11)).toEqual([true, false, false, false, false, false, true])
  })

  it('refuses text too long for any QR code with a RangeError', () => {
    expect(() => qrCode('x'.repeat(5000))).toThrow(RangeError)
  })
})

describe('qrSvgFile', () => {
  it('is an SVG file', async () => {
    const file = qrSvgFile(url)
    expect(file.type).toBe('image/svg+xml')
    expect(await file.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+">/)
  })
})

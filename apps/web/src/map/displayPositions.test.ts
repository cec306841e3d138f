import { angularDistance } from '@atlas/geo'
import { describe, expect, it } from 'vitest'
import { displayPositions } from './displayPositions'
import { INSTITUTIONS } from './fixtures'

describe('displayPositions', () => {
  const positions = displayPositions(INSTITUTIONS)

  it('draws an institution alone at its point where it is', () => {
    expect(positions.get('lodz')).toEqual([19.453, 51.753])
  })

  it('spreads institutions that share a point around it, within a kilometre and apart from each other', () => {
    const bistu = positions.get('bistu')
    const bpc = positions.get('bpc')
    if (!bistu || !bpc) throw new Error('missing positions')
    expect(bistu).not.toEqual(bpc)
    for (const position of [bistu, bpc]) {
      expect(angularDistance(position, [116.4074, 39.9042])).toBeLessThan(0.01)
    }
    expect(angularDistance(bistu, bpc)).toBeGreaterThan(0.002)
  })

  it('lays a group out the same whatever order the institutions come in', () => {
    expect(displayPositions([...INSTITUTIONS].reverse())).toEqual(positions)
  })
})

import { describe, expect, it } from 'vitest'
import { aggregateFlows } from './aggregateFlows'
import { bandAt, placesAt } from './places'
import { flowTestData } from './testData'

const { institutions, positions, arcs } = flowTestData(300, 5000)

describe('aggregateFlows', () => {
  it.each([0, 2, 3.9, 4, 5.5, 7, 9, 12])('counts every link exactly once at zoom %d', (zoom) => {
    const band = bandAt(zoom)
    const places = placesAt(band, institutions, positions)
    const { flows, within } = aggregateFlows(arcs, places.of)
    const inFlows = flows.reduce((sum, flow) => sum + flow.count, 0)
    const inPlaces = [...within.values()].reduce((sum, count) => sum + count, 0)
    expect(inFlows + inPlaces).toBe(arcs.length)
    // Each link in the one flow between its ends' places, or within its place.
    const expected = new Map<string, number>()
    for (const arc of arcs) {
      const [a = '', b = ''] = [places.of.get(arc.from), places.of.get(arc.to)].sort()
      const key = a === b ? a : `${a}|${b}`
      expected.set(key, (expected.get(key) ?? 0) + 1)
    }
    for (const flow of flows) expect(flow.count).toBe(expected.get(flow.id))
    for (const [place, count] of within) expect(count).toBe(expected.get(place))
    for (const flow of flows) {
      expect(flow.initiatives.reduce((sum, [, count]) => sum + count, 0)).toBe(flow.count)
    }
  })

  it('joins countries at low zoom and cells of a grid closer in, smaller with each zoom', () => {
    expect(bandAt(0)).toEqual({ kind: 'country' })
    expect(bandAt(3.99)).toEqual({ kind: 'country' })
    expect(bandAt(4)).toEqual({ kind: 'grid', degrees: 4 })
    expect(bandAt(6.5)).toEqual({ kind: 'grid', degrees: 1 })
    const countries = aggregateFlows(arcs, placesAt(bandAt(0), institutions, positions).of)
    expect(new Set(countries.flows.flatMap((flow) => [flow.from, flow.to]))).toEqual(
      new Set(['CN', 'PL', 'ES', 'ZM', 'FJ']),
    )
    // Beijing and Shanghai are one country but two cells: their links leave "within".
    const grid = aggregateFlows(arcs, placesAt(bandAt(6), institutions, positions).of)
    expect(grid.flows.length).toBeGreaterThan(countries.flows.length)
  })

  it('gives a flow no direction, and counts each initiative that draws its links', () => {
    const [a, b] = [arcs[0], arcs[1]]
    if (!a || !b) throw new Error('no arcs')
    const there = { ...a, from: 'i0', to: 'i2', initiatives: ['child', 'parent'] }
    const back = { ...b, from: 'i2', to: 'i0', initiatives: [] }
    const { flows } = aggregateFlows([there, back, there], placesAt(bandAt(0), institutions, positions).of)
    expect(flows).toEqual([
      {
        id: 'CN|PL',
        from: 'CN',
        to: 'PL',
        count: 3,
        initiatives: [
          ['child', 2],
          ['', 1],
        ],
      },
    ])
  })
})

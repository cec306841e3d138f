import { describe, expect, it } from 'vitest'
import { aggregateFlows } from './aggregateFlows'
import { bandAt, type Places, placesAt } from './places'
import { flowTestData } from './testData'

const { institutions, positions, arcs } = flowTestData(300, 5000)

/** The key of an institution's place, as the flows' ids and `within` name places. */
function placeOf(places: Places, institution: string): string | undefined {
  const number = places.numberOf.get(institution)
  return number === undefined ? undefined : places.keys[number]
}

describe('aggregateFlows', () => {
  it.each([0, 2, 3.9, 4, 5.5, 7, 9, 12])('counts every link exactly once at zoom %d', (zoom) => {
    const band = bandAt(zoom)
    const places = placesAt(band, institutions, positions)
    const { flows, within } = aggregateFlows(arcs, places)
    const inFlows = flows.reduce((sum, flow) => sum + flow.count, 0)
    const inPlaces = [...within.values()].reduce((sum, count) => sum + count, 0)
    expect(inFlows + inPlaces).toBe(arcs.length)
    // Each link in the one flow between its ends' places, or within its place.
    const expected = new Map<string, number>()
    for (const arc of arcs) {
      const [a = '', b = ''] = [placeOf(places, arc.from), placeOf(places, arc.to)].sort()
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
    const countries = aggregateFlows(arcs, placesAt(bandAt(0), institutions, positions))
    expect(new Set(countries.flows.flatMap((flow) => [flow.from, flow.to]))).toEqual(
      new Set(['CN', 'PL', 'ES', 'ZM', 'FJ']),
    )
    // Beijing and Shanghai are one country but two cells: their links leave "within".
    const grid = aggregateFlows(arcs, placesAt(bandAt(6), institutions, positions))
    expect(grid.flows.length).toBeGreaterThan(countries.flows.length)
  })

  it('gives a flow no direction, and counts each initiative that draws its links', () => {
    const [a, b] = [arcs[0], arcs[1]]
    if (!a || !b) throw new Error('no arcs')
    const there = { ...a, from: 'i0', to: 'i2', initiatives: ['child', 'parent'] }
    const back = { ...b, from: 'i2', to: 'i0', initiatives: [] }
    const { flows } = aggregateFlows([there, back, there], placesAt(bandAt(0), institutions, positions))
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

  it('lists flows in the order of their first links, and initiatives as many in the order first met', () => {
    const [a] = arcs
    if (!a) throw new Error('no arcs')
    const link = (from: string, to: string, initiative: string) => ({
      ...a,
      from,
      to,
      initiatives: [initiative],
    })
    // 'b' is met first, in València–Warsaw; Beijing–Warsaw meets 'a' first but has as many of each, so 'b' leads.
    const links = [link('i4', 'i2', 'b'), link('i2', 'i0', 'a'), link('i0', 'i2', 'b'), link('i2', 'i0', 'a')]
    const { flows } = aggregateFlows(links.slice(0, 3), placesAt(bandAt(0), institutions, positions))
    expect(flows).toEqual([
      { id: 'ES|PL', from: 'ES', to: 'PL', count: 1, initiatives: [['b', 1]] },
      {
        id: 'CN|PL',
        from: 'CN',
        to: 'PL',
        count: 2,
        initiatives: [
          ['b', 1],
          ['a', 1],
        ],
      },
    ])
    const more = aggregateFlows(links, placesAt(bandAt(0), institutions, positions))
    expect(more.flows[1]?.initiatives).toEqual([
      ['a', 2],
      ['b', 1],
    ])
  })

  it('counts links within a place apart, and leaves out a link with an end in no place', () => {
    const [a] = arcs
    if (!a) throw new Error('no arcs')
    const unplaced = new Map(positions)
    unplaced.delete('i5')
    const places = placesAt(bandAt(0), institutions, unplaced)
    const links = [
      { ...a, from: 'i0', to: 'i1' },
      { ...a, from: 'i7', to: 'i0' },
      { ...a, from: 'i5', to: 'i0' },
      { ...a, from: 'i0', to: 'i2' },
    ]
    const { flows, within } = aggregateFlows(links, places)
    expect(within).toEqual(new Map([['CN', 2]]))
    expect(flows.map((flow) => [flow.id, flow.count])).toEqual([['CN|PL', 1]])
  })
})

import { describe, expect, it } from 'vitest'
import { drawnSummary } from './drawnSummary'
import { DETAIL_LIMIT, drawPlan, MAX_DRAWN_FLOWS } from './drawPlan'
import { flowCollection } from './flowFeatures'
import { bandPlaces, type Places, placesAt } from './places'
import { samePlan } from './samePlan'
import { flowTestData } from './testData'
import { inView, type Viewport } from './viewport'

const WORLD: Viewport = { zoom: 1, west: -180, south: -85, east: 180, north: 85 }
/** Around Łódź and Warsaw. */
const POLAND: Viewport = { zoom: 7, west: 18, south: 50.5, east: 22.5, north: 53 }

describe('drawPlan', () => {
  it('draws every arc, filtered by the layers, while the data is small', () => {
    const { institutions, positions, arcs } = flowTestData(50, DETAIL_LIMIT)
    expect(drawPlan(arcs, arcs.slice(0, 3), WORLD, bandPlaces(institutions, positions), positions)).toEqual({
      kind: 'all',
    })
  })

  it('draws flows between countries at world zoom, and the arcs in view once they are few', () => {
    const { institutions, positions, arcs } = flowTestData(700, 20_000)
    const world = drawPlan(arcs, arcs, WORLD, bandPlaces(institutions, positions), positions)
    expect(world.kind).toBe('flows')
    if (world.kind !== 'flows') return
    expect(world.band).toEqual({ kind: 'country' })
    const total = world.aggregation.flows.reduce((sum, flow) => sum + flow.count, 0)
    const within = [...world.aggregation.within.values()].reduce((sum, count) => sum + count, 0)
    expect(total + within).toBe(arcs.length)

    const few = arcs.slice(0, 2000)
    const poland = drawPlan(arcs, few, POLAND, bandPlaces(institutions, positions), positions)
    expect(poland.kind).toBe('inView')
    if (poland.kind !== 'inView') return
    const touching = few.filter((arc) =>
      [arc.from, arc.to].some((id) => {
        const position = positions.get(id)
        return position !== undefined && inView(POLAND, position)
      }),
    )
    expect(poland.arcs).toEqual(touching)
    expect(poland.arcs.length).toBeLessThanOrEqual(DETAIL_LIMIT)
  })

  it('finds a pan at world zoom the same plan, and a filter change a different one', () => {
    const { institutions, positions, arcs } = flowTestData(700, 20_000)
    const before = drawPlan(arcs, arcs, WORLD, bandPlaces(institutions, positions), positions)
    const panned = drawPlan(
      arcs,
      arcs,
      { ...WORLD, west: -100, east: 260 },
      bandPlaces(institutions, positions),
      positions,
    )
    expect(samePlan(before, panned)).toBe(true)
    const filtered = drawPlan(arcs, arcs.slice(100), WORLD, bandPlaces(institutions, positions), positions)
    expect(samePlan(before, filtered)).toBe(false)
  })
})

describe('drawPlan beyond MAX_DRAWN_FLOWS', () => {
  it('draws the largest flows, and still counts every link', () => {
    const { institutions, positions, arcs } = flowTestData(3000, 20_000, { spread: 30 })
    const plan = drawPlan(arcs, arcs, { ...WORLD, zoom: 8 }, bandPlaces(institutions, positions), positions)
    if (plan.kind !== 'flows') throw new Error(`expected flows, got ${plan.kind}`)
    expect(plan.aggregation.flows.length).toBeGreaterThan(MAX_DRAWN_FLOWS)
    expect(plan.drawn).toHaveLength(MAX_DRAWN_FLOWS)
    const smallestDrawn = Math.min(...plan.drawn.map((flow) => flow.count))
    const drawnIds = new Set(plan.drawn.map((flow) => flow.id))
    const left = plan.aggregation.flows.filter((flow) => !drawnIds.has(flow.id))
    expect(Math.max(...left.map((flow) => flow.count))).toBeLessThanOrEqual(smallestDrawn)
    // As a sort of every flow would draw them, the lesser id first among as large.
    const sorted = [...plan.aggregation.flows].sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1))
    expect(plan.drawn).toEqual(sorted.slice(0, MAX_DRAWN_FLOWS))
    expect(drawnSummary(plan, arcs.length)).toMatch(
      /^The map draws 20,000 links with an end in view as [\d,]+ flows between cities and their surroundings, [\d,]+ of them within one\. The 400 largest flows are drawn, with [\d,]+ links; zoom in for the rest\.$/,
    )
  })
})

describe('flowCollection', () => {
  it('draws the largest flow widest, and shares its width between its two colours', () => {
    const { institutions, positions, arcs } = flowTestData(700, 20_000)
    const plan = drawPlan(arcs, arcs, WORLD, bandPlaces(institutions, positions), positions)
    if (plan.kind !== 'flows') throw new Error(`expected flows, got ${plan.kind}`)
    expect(plan.drawn).toHaveLength(plan.aggregation.flows.length)
    const { features } = flowCollection(plan.drawn, plan.places, plan.band)
    expect(features).toHaveLength(plan.drawn.length)
    const widths = features.map(({ properties }) => properties.w0 + properties.w1)
    const largest = features.reduce((a, b) => (b.properties.count > a.properties.count ? b : a))
    expect(largest.properties.w0 + largest.properties.w1).toBeCloseTo(Math.max(...widths))
    for (const { properties } of features) {
      expect(properties.w0 / (properties.w0 + properties.w1)).toBeCloseTo(
        properties.n0 / (properties.n0 + properties.n1),
      )
    }
  })

  it('makes each flow’s line once for its places, and again for other places', () => {
    const { institutions, positions, arcs } = flowTestData(700, 20_000)
    const plan = drawPlan(arcs, arcs, WORLD, bandPlaces(institutions, positions), positions)
    if (plan.kind !== 'flows') throw new Error(`expected flows, got ${plan.kind}`)
    const lines = (places: Places) =>
      flowCollection(plan.drawn, places, plan.band).features.map(({ geometry }) => geometry.coordinates)
    const first = lines(plan.places)
    expect(plan.places.lines.size).toBe(plan.drawn.length)
    lines(plan.places).forEach((line, i) => {
      expect(line).toBe(first[i])
    })
    const again = placesAt(plan.band, institutions, positions)
    lines(again).forEach((line, i) => {
      expect(line).not.toBe(first[i])
      expect(line).toEqual(first[i])
    })
  })
})

describe('inView', () => {
  it('counts longitudes either way round the world', () => {
    const pacific: Viewport = { zoom: 3, west: 170, south: -30, east: 190, north: 0 }
    expect(inView(pacific, [-179, -18])).toBe(true)
    expect(inView(pacific, [178, -18])).toBe(true)
    expect(inView(pacific, [160, -18])).toBe(false)
    expect(inView(pacific, [178, 10])).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { drawnSummary } from './drawnSummary'
import { drawPlan } from './drawPlan'
import { bandPlaces } from './places'
import { flowTestData } from './testData'

const WORLD = { zoom: 1, west: -180, south: -85, east: 180, north: 85 }

describe('drawnSummary', () => {
  it('says how many links the map draws, and how', () => {
    const small = flowTestData(20, 30)
    expect(
      drawnSummary(
        drawPlan(
          small.arcs,
          small.arcs,
          WORLD,
          bandPlaces(small.institutions, small.positions),
          small.positions,
        ),
        30,
      ),
    ).toBe('The map draws 30 links, one by one.')
    const { institutions, positions, arcs } = flowTestData(700, 20_000)
    const flows = drawPlan(arcs, arcs, WORLD, bandPlaces(institutions, positions), positions)
    if (flows.kind !== 'flows') throw new Error(`expected flows, got ${flows.kind}`)
    const within = [...flows.aggregation.within.values()].reduce((sum, count) => sum + count, 0)
    expect(drawnSummary(flows, arcs.length)).toBe(
      `The map draws 20,000 links as ${flows.aggregation.flows.length} flows between countries, ${within.toLocaleString('en')} of them within one country.`,
    )
    const few = drawPlan(arcs, arcs.slice(0, 40), WORLD, bandPlaces(institutions, positions), positions)
    expect(drawnSummary(few, 40)).toBe('The map draws 40 links in view one by one, of 40 shown.')
  })
})

import { describe, expect, it } from 'vitest'
import { LAYER_IDS } from './layerIds'
import { pickTarget, type RenderedFeature, selectionOf } from './pick'

const feature = (
  layerId: string,
  properties: Record<string, unknown>,
  coordinates?: unknown,
): RenderedFeature => ({
  layer: { id: layerId },
  properties,
  geometry: { type: 'Point', coordinates },
})

describe('pickTarget', () => {
  it('takes the topmost feature: an institution over the arc under it', () => {
    const target = pickTarget([
      feature(LAYER_IDS.institutions, { id: 'lodz', links: 3 }),
      feature(LAYER_IDS.arcs, { link: 'm-lodz', from: 'lodz', to: 'bjut', kind: 'consortium_membership' }),
    ])
    expect(target).toEqual({ type: 'institution', id: 'lodz', links: 3 })
  })

  it('reads a cluster, an arc of either colour and a country', () => {
    expect(pickTarget([feature(LAYER_IDS.clusters, { cluster_id: 7, point_count: 9 }, [19, 51])])).toEqual({
      type: 'cluster',
      clusterId: 7,
      count: 9,
      position: [19, 51],
    })
    expect(
      pickTarget([
        feature(LAYER_IDS.arcsSecondColour, {
          link: 'm-lodz',
          from: 'lodz',
          to: 'bjut',
          kind: 'joint_institute',
        }),
      ]),
    ).toEqual({ type: 'link', linkId: 'm-lodz', from: 'lodz', to: 'bjut', kind: 'joint_institute' })
    expect(pickTarget([feature(LAYER_IDS.countries, { iso: 'PL', name: 'Poland' })])).toEqual({
      type: 'country',
      code: 'PL',
      name: 'Poland',
    })
  })

  it('reads a flow of either colour from the properties its line was given', () => {
    const properties = {
      band: 'grid',
      fromCountry: 'PL',
      fromCity: 'Łódź',
      toCountry: 'CN',
      toCity: 'Beijing',
      count: 40,
      i0: 'belt-and-road',
      n0: 30,
      i1: 'sino-polish',
      n1: 10,
      fromLon: 19.46,
      fromLat: 51.76,
      toLon: 116.4,
      toLat: 39.9,
    }
    const flow = {
      type: 'flow',
      band: 'grid',
      from: { country: 'PL', city: 'Łódź', position: [19.46, 51.76] },
      to: { country: 'CN', city: 'Beijing', position: [116.4, 39.9] },
      count: 40,
      initiatives: [
        ['belt-and-road', 30],
        ['sino-polish', 10],
      ],
    }
    expect(pickTarget([feature(LAYER_IDS.flowsSecondColour, properties)])).toEqual(flow)
    const { i1: _, ...single } = properties
    expect(pickTarget([feature(LAYER_IDS.flows, single)])).toEqual({
      ...flow,
      initiatives: [['belt-and-road', 30]],
    })
  })

  it('finds nothing over water, over a territory without a country code, or on layers it does not know', () => {
    expect(pickTarget([])).toBeNull()
    expect(pickTarget([feature(LAYER_IDS.countries, { name: 'Kosovo' })])).toBeNull()
    expect(pickTarget([feature(LAYER_IDS.countryLabels, { name: 'Poland' })])).toBeNull()
  })
})

describe('selectionOf', () => {
  it('selects an institution, a link or a country, and nothing for anything else', () => {
    expect(selectionOf({ type: 'institution', id: 'lodz', links: 3 })).toEqual({
      type: 'institution',
      id: 'lodz',
    })
    expect(
      selectionOf({ type: 'link', linkId: 'm-lodz', from: 'lodz', to: 'bjut', kind: 'joint_institute' }),
    ).toEqual({
      type: 'link',
      id: 'm-lodz',
    })
    expect(selectionOf({ type: 'country', code: 'PL', name: 'Poland' })).toEqual({
      type: 'country',
      code: 'PL',
    })
    expect(selectionOf(null)).toBeNull()
  })
})

import type { CountryCode } from '@atlas/schema'
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { type AtlasFilter, NO_FILTER, type Selection, type Theme } from '../../state/atlasView'
import { DEFAULT_LAYER_STATE, GROUPS, INITIATIVES, INSTITUTIONS, LINKS } from '../fixtures'
import { selectionHighlight } from '../highlight'
import { type MapLink, mapLinks } from '../mapLinks'
import { offlineStyle } from '../style'
import { atlasLayers, type LayerState } from './atlasLayers'

/** Every combination of what the app varies the layers by: themes, projector, drawing options, selections, filters. */

const THEMES: Theme[] = ['light', 'dark']
const FILTERS: AtlasFilter[] = [
  NO_FILTER,
  { ...NO_FILTER, initiatives: [] },
  { ...NO_FILTER, initiatives: ['sp', 'csp'] },
  { ...NO_FILTER, countries: ['PL', 'CN'] },
  { ...NO_FILTER, linkKinds: ['joint_institute'] },
  { ...NO_FILTER, yearFrom: 2017 },
  { ...NO_FILTER, yearTo: 2020 },
  {
    initiatives: ['bri'],
    countries: ['CN'],
    linkKinds: ['consortium_membership'],
    yearFrom: 2017,
    yearTo: 2020,
  },
]
const SELECTIONS: Selection[] = [
  null,
  { type: 'institution', id: 'bjut' },
  { type: 'link', id: 'm-lodz' },
  { type: 'country', code: 'CN' },
  { type: 'group', id: 'consortium' },
]
const CHOROPLETHS: (ReadonlyMap<CountryCode, number> | null)[] = [
  null,
  new Map(),
  new Map([['CN', 1]]),
  new Map([
    ['CN', 5],
    ['PL', 2],
  ]),
]

const links: MapLink[] = mapLinks(LINKS, GROUPS, INSTITUTIONS, INITIATIVES, false)

function* layerStates(): Generator<LayerState> {
  for (const theme of THEMES)
    for (const projector of [false, true])
      for (const offlineBasemap of [true, false])
        for (const colourBy of ['initiative', 'kind'] as const)
          for (const initiatives of [INITIATIVES, []])
            for (const selection of SELECTIONS)
              for (const choropleth of CHOROPLETHS)
                for (const filter of FILTERS) {
                  yield {
                    ...DEFAULT_LAYER_STATE,
                    theme,
                    projector,
                    offlineBasemap,
                    colourBy,
                    initiatives,
                    filter,
                    choropleth,
                    highlight: selectionHighlight(selection, links, INSTITUTIONS, GROUPS),
                    selectedInstitution: selection?.type === 'institution' ? selection.id : null,
                    selectedCountry: selection?.type === 'country' ? selection.code : null,
                  }
                }
}

describe('atlasLayers, in every state the app can be in', () => {
  const states = [...layerStates()]
  const messages = (style: StyleSpecification) => validateStyleMin(style).map(({ message }) => message)

  // Some four thousand states: a few seconds.
  it('makes layers that the style specification finds valid', { timeout: 30_000 }, () => {
    const distinct = new Map<string, LayerSpecification>()
    for (const state of states)
      for (const layer of atlasLayers(state)) distinct.set(JSON.stringify(layer), layer)
    // Each different layer once covers every state: renamed, since a style has one layer of a name.
    const layers = [...distinct.values()].map((layer, i) => ({ ...layer, id: `${layer.id} ${i}` }))
    expect(layers.length).toBeGreaterThan(100)
    expect(messages({ ...offlineStyle(), layers })).toEqual([])
  })

  it('makes whole styles that the style specification finds valid, with or without the offline basemap', () => {
    for (const offlineBasemap of [true, false]) {
      const layers = atlasLayers({ ...DEFAULT_LAYER_STATE, offlineBasemap })
      expect(messages({ ...offlineStyle(), layers })).toEqual([])
    }
  })
})

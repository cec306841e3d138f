import { featureFilter } from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
import { type AtlasFilter, NO_FILTER } from '../state/atlasView'
import { displayPositions } from './displayPositions'
import { arcCollection } from './features'
import { GROUPS, INITIATIVES, INSTITUTIONS, LINKS } from './fixtures'
import { isLinkShown, linkFilterExpression, onlyCountriesFiltered } from './linkFilter'
import { mapLinks } from './mapLinks'

const arcs = mapLinks(LINKS, GROUPS, INSTITUTIONS, INITIATIVES, false)
const features = arcCollection(arcs, displayPositions(INSTITUTIONS)).features

const shownBy = (filter: AtlasFilter) => {
  // As MapLibre filters the arcs' layers; it asks for a zoom, which the link filter does not read.
  const { filter: onFeature } = featureFilter(linkFilterExpression(filter), 'filter')
  const onGpu = features
    .filter((feature) => onFeature({ zoom: 2 }, { type: 'LineString', properties: feature.properties }))
    .map((f) => f.properties.id)
  const onCpu = arcs.filter((arc) => isLinkShown(arc, filter)).map((arc) => arc.id)
  expect(onGpu).toEqual(onCpu)
  return onCpu
}

describe('the link filter, as an expression and as a predicate', () => {
  it('shows every link without a filter', () => {
    expect(shownBy(NO_FILTER)).toHaveLength(LINKS.length)
  })

  it('shows the links of any listed initiative, and none for an empty list', () => {
    expect(shownBy({ ...NO_FILTER, initiatives: ['sp', 'csp'] })).toEqual([
      'm-bistu',
      'm-lodz',
      'ji-beihang',
      'ji-upv',
    ])
    expect(shownBy({ ...NO_FILTER, initiatives: [] })).toEqual([])
  })

  it('shows a link with either end in a listed country', () => {
    expect(shownBy({ ...NO_FILTER, countries: ['PL', 'ZM'] })).toEqual(['m-lodz', 'bpc-zambia'])
  })

  it('shows the listed kinds of link', () => {
    expect(shownBy({ ...NO_FILTER, linkKinds: ['training_programme', 'joint_institute'] })).toEqual([
      'ji-beihang',
      'ji-upv',
      'bpc-training',
    ])
  })

  it('shows dated links within the years, and undated ones only without a year bound', () => {
    expect(shownBy({ ...NO_FILTER, yearFrom: 2017, yearTo: 2017 })).toEqual(['m-bistu', 'bpc-zambia'])
    expect(shownBy({ ...NO_FILTER, yearFrom: 2018 })).toEqual(['m-lodz', 'ji-beihang', 'ji-upv'])
    expect(shownBy({ ...NO_FILTER, yearTo: 2017 })).toEqual(['m-bistu', 'bpc-zambia'])
  })

  it('shows a link only when it matches every part', () => {
    expect(shownBy({ ...NO_FILTER, initiatives: ['bri'], countries: ['CN'], yearTo: 2017 })).toEqual([
      'm-bistu',
      'bpc-zambia',
    ])
  })
})

describe('onlyCountriesFiltered', () => {
  it('is true without a filter or with countries alone', () => {
    expect(onlyCountriesFiltered(NO_FILTER)).toBe(true)
    expect(onlyCountriesFiltered({ ...NO_FILTER, countries: ['PL'] })).toBe(true)
    expect(onlyCountriesFiltered({ ...NO_FILTER, yearFrom: 2000 })).toBe(false)
  })
})

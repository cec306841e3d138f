import { NO_FILTER } from '@atlas/schema'
import { LINK_FILTER_CASES } from '@atlas/schema/linkFilterCases'
import { featureFilter } from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
import { caseInitiatives, caseInstitutions, caseLinks } from '../data/fixtures/filterCaseAtlas'
import { displayPositions } from './displayPositions'
import { arcCollection } from './features'
import { linkFilterExpression } from './linkFilter'
import { mapLinks } from './mapLinks'

const arcs = mapLinks(caseLinks, [], caseInstitutions, caseInitiatives, false)
const features = arcCollection(arcs, displayPositions(caseInstitutions)).features

describe.each(LINK_FILTER_CASES)('the map’s link filter expression: $name', ({ filter, shows }) => {
  it('shows exactly the expected arcs, as MapLibre evaluates it', () => {
    // As MapLibre filters the arcs' layers; it asks for a zoom, which the link filter does not read.
    const { filter: onFeature } = featureFilter(linkFilterExpression({ ...NO_FILTER, ...filter }), 'filter')
    const shown = features
      .filter((feature) => onFeature({ zoom: 2 }, { type: 'LineString', properties: feature.properties }))
      .map((feature) => feature.properties.id)
    expect(shown).toEqual(shows)
  })
})

import type { TourStop } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { NO_FILTER } from '../state/atlasView'
import { stopToView } from './stopToView'

const stop: TourStop = {
  title: 'The Sino-Polish consortium',
  caption: 'Founded in 2017 by Lodz and Beijing.',
  view: { lon: 19.5, lat: 51.8, zoom: 4.2, bearing: 10, pitch: 30 },
  filter: {
    initiatives: ['sino-polish-consortium'],
    countries: ['PL', 'CN'],
    linkKinds: ['consortium_membership'],
    yearFrom: 2016,
    yearTo: 2018,
  },
  selection: { type: 'institution', id: 'lodz-university-of-technology' },
}

describe('stopToView', () => {
  it('gives the filter, selection and view of the stop', () => {
    expect(stopToView(stop)).toEqual({
      filter: stop.filter,
      selection: stop.selection,
      view: stop.view,
    })
  })

  it('keeps "no restriction" as the AtlasFilter writes it', () => {
    const open = stopToView({ ...stop, filter: NO_FILTER, selection: null })
    expect(open.filter).toEqual(NO_FILTER)
    expect(open.selection).toBeNull()
  })

  it('selects a country or a link as the stop does', () => {
    expect(stopToView({ ...stop, selection: { type: 'country', code: 'PL' } }).selection).toEqual({
      type: 'country',
      code: 'PL',
    })
    expect(stopToView({ ...stop, selection: { type: 'link', id: 'consortium-lodz' } }).selection).toEqual({
      type: 'link',
      id: 'consortium-lodz',
    })
  })

  it('copies, so that editing the view leaves the tour as loaded', () => {
    const view = stopToView(stop)
    view.filter.countries?.push('ES')
    view.filter.initiatives?.push('belt-and-road')
    expect(stop.filter.countries).toEqual(['PL', 'CN'])
    expect(stop.filter.initiatives).toEqual(['sino-polish-consortium'])
    expect(view.selection).not.toBe(stop.selection)
    expect(view.view).not.toBe(stop.view)
  })

  it('does not carry the caption or anything else into the view', () => {
    expect(Object.keys(stopToView(stop)).sort()).toEqual(['filter', 'selection', 'view'])
  })
})

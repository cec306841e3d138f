import { NO_FILTER, tourSchema } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { placeComplaints } from './fieldErrors'
import { newTour, stopFields, stopShowing } from './tourDraft'

const map = {
  view: { lon: 20, lat: 50, zoom: 4, bearing: 0, pitch: 0 },
  filter: NO_FILTER,
  selection: { type: 'institution', id: 'warsaw-university-of-technology' } as const,
}

describe('tour drafts', () => {
  it('starts a new tour with one stop showing the map as it is, which the schema asks to be titled', () => {
    const tour = newTour(map)
    expect(tour.stops).toEqual([{ title: '', caption: '', ...map }])
    const parsed = tourSchema.safeParse({ ...tour, id: 'a-tour', title: 'A tour', description: 'About it' })
    const errors = placeComplaints(parsed.error?.issues ?? [], ['sourceIds', ...stopFields(1)])
    expect(Object.keys(errors.fields).sort()).toEqual(['sourceIds', 'stops.0.caption', 'stops.0.title'])
  })

  it('keeps a stop’s words and drops what it framed when it is moved to the current map', () => {
    const stop = {
      title: 'Warsaw',
      caption: 'Where it began',
      view: { lon: 0, lat: 0, zoom: 1, bearing: 0, pitch: 0 },
      filter: NO_FILTER,
      selection: null,
      focus: ['somewhere'],
      pinned: true,
    }
    expect(stopShowing(stop, map)).toEqual({ title: 'Warsaw', caption: 'Where it began', ...map })
    const translations = { pl: { title: 'Warszawa', caption: 'Gdzie się zaczęło' } }
    expect(stopShowing({ ...stop, translations }, map)).toEqual({
      title: 'Warsaw',
      caption: 'Where it began',
      ...map,
      translations,
    })
  })

  it('places a complaint about a stop’s map on the stop', () => {
    const errors = placeComplaints(
      [{ path: ['stops', 1, 'view', 'zoom'], message: 'too far' }],
      stopFields(2),
    )
    expect(errors.fields).toEqual({ 'stops.1': 'too far' })
  })

  it('places a complaint about a stop’s translation on that translation', () => {
    const errors = placeComplaints(
      [{ path: ['stops', 1, 'translations', 'pl', 'caption'], message: 'too long' }],
      stopFields(2),
    )
    expect(errors.fields).toEqual({ 'stops.1.translations.pl.caption': 'too long' })
  })
})

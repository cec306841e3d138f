import { describe, expect, it } from 'vitest'
import { sameView, viewOfCamera } from './view'

describe('viewOfCamera', () => {
  it('rounds as the URL does and keeps longitude and bearing within ±180°', () => {
    expect(
      viewOfCamera({
        center: { lng: 379.123456, lat: 51.987654 },
        zoom: 4.56789,
        bearing: 350.04,
        pitch: 0.04,
      }),
    ).toEqual({
      lon: 19.1235,
      lat: 51.9877,
      zoom: 4.57,
      bearing: -10,
      pitch: 0,
    })
  })
})

describe('sameView', () => {
  const view = { lon: 19.4531, lat: 51.7531, zoom: 5.2, bearing: 0, pitch: 0 }

  it('takes a view back from rounding for the same one, so the map does not move again', () => {
    const reported = viewOfCamera({
      center: { lng: 19.453149, lat: 51.75305 },
      zoom: 5.2049,
      bearing: 0,
      pitch: 0,
    })
    expect(sameView(reported, view)).toBe(true)
  })

  it('sees a move of a few hundred metres or a tenth of a zoom level', () => {
    expect(sameView({ ...view, lat: 51.756 }, view)).toBe(false)
    expect(sameView({ ...view, zoom: 5.3 }, view)).toBe(false)
  })

  it('takes -180° and 180° for the same longitude', () => {
    expect(sameView({ ...view, lon: 180 }, { ...view, lon: -180 })).toBe(true)
  })
})

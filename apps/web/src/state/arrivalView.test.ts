import { describe, expect, it } from 'vitest'
import { institutions } from '../data/fixtures/atlasFixture'
import { arrivalView } from './arrivalView'
import { defaultAtlasView } from './defaultAtlasView'

describe('arrivalView', () => {
  const atlas = defaultAtlasView('light')
  const institution = institutions[0]
  if (!institution) throw new Error('the fixture has no institution')

  it('looks at a selected institution when the link names no view', () => {
    const view = arrivalView(
      { ...atlas, selection: { type: 'institution', id: institution.id } },
      institutions,
    )
    expect(view).toMatchObject({ lon: institution.lon, lat: institution.lat })
  })

  it('keeps a view the link names, and changes nothing without a selected institution', () => {
    const named = { ...atlas.view, zoom: 4 }
    expect(
      arrivalView(
        { ...atlas, view: named, selection: { type: 'institution', id: institution.id } },
        institutions,
      ),
    ).toBeNull()
    expect(arrivalView(atlas, institutions)).toBeNull()
    expect(arrivalView({ ...atlas, selection: { type: 'country', code: 'PL' } }, institutions)).toBeNull()
  })
})

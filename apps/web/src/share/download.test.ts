import { describe, expect, it } from 'vitest'
import { exportFileName } from './download'

describe('exportFileName', () => {
  const day = new Date(2025, 4, 4, 23, 30)

  it('names the file for what it holds and the local day', () => {
    expect(exportFileName('links', 'csv', day)).toBe('partnership-atlas-links-2025-05-04.csv')
  })

  it('turns a title into a plain slug', () => {
    expect(exportFileName('Łódź & Beijing: 2017–2019', 'png', day)).toBe(
      'partnership-atlas-lodz-beijing-2017-2019-2025-05-04.png',
    )
  })

  it('spells out the letters Unicode does not decompose, as search does', () => {
    expect(exportFileName('Işık Üniversitesi – Straße', 'csv', day)).toBe(
      'partnership-atlas-isik-universitesi-strasse-2025-05-04.csv',
    )
  })

  it('drops what cannot be written in a slug', () => {
    expect(exportFileName('北京', 'geojson', day)).toBe('partnership-atlas-2025-05-04.geojson')
  })

  it("does not say the atlas's name twice when the title is, or starts with, it", () => {
    const day = new Date(2025, 4, 4)
    expect(exportFileName('Partnership Atlas', 'png', day)).toBe('partnership-atlas-2025-05-04.png')
    expect(exportFileName('Partnership Atlas: Sino-Polish', 'png', day)).toBe(
      'partnership-atlas-sino-polish-2025-05-04.png',
    )
    expect(exportFileName('Partnership Atlases of Europe', 'png', day)).toBe(
      'partnership-atlas-partnership-atlases-of-europe-2025-05-04.png',
    )
  })
})

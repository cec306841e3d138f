import { describe, expect, it } from 'vitest'
import { importFormatOf } from './fileFormat'

describe('importFormatOf', () => {
  it('reads the format from the extension, in any case', () => {
    expect(importFormatOf('partners.csv')).toBe('csv')
    expect(importFormatOf('Partners 2025.XLSX')).toBe('xlsx')
    expect(importFormatOf('a.b.Csv')).toBe('csv')
  })

  it('knows no other format', () => {
    expect(importFormatOf('partners.xls')).toBeNull()
    expect(importFormatOf('partners.ods')).toBeNull()
    expect(importFormatOf('csv')).toBeNull()
    expect(importFormatOf('partners.csv.txt')).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { type InstitutionRow, sortRows } from './institutionRows'

const row = (name: string, country: string, links: number): InstitutionRow => ({
  id: name.toLowerCase(),
  name,
  nativeName: '',
  kind: 'University',
  city: 'City',
  country,
  links,
})

const rows = [row('Łódź Tech', 'Poland', 1), row('Beihang', 'China', 3), row('Opole', 'Poland', 1)]
const collator = new Intl.Collator('en')
const names = (sorted: InstitutionRow[]) => sorted.map((r) => r.name)

describe('sortRows', () => {
  it('sorts words by the locale’s collation, so Ł sits with L', () => {
    expect(names(sortRows(rows, 'name', 'ascending', collator))).toEqual(['Beihang', 'Łódź Tech', 'Opole'])
    expect(names(sortRows(rows, 'name', 'descending', collator))).toEqual(['Opole', 'Łódź Tech', 'Beihang'])
  })

  it('sorts numbers as numbers and breaks ties by name', () => {
    expect(names(sortRows(rows, 'links', 'descending', collator))).toEqual(['Beihang', 'Łódź Tech', 'Opole'])
    expect(names(sortRows(rows, 'country', 'ascending', collator))).toEqual(['Beihang', 'Łódź Tech', 'Opole'])
  })
})

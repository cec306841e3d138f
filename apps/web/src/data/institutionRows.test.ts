import { describe, expect, it } from 'vitest'
import { institutions, links } from './fixtures/atlasFixture'
import { groups, initiatives } from './fixtures/groupFixture'
import { type InstitutionRow, institutionRows, rowsCsv, sortRows } from './institutionRows'

const row = (name: string, country: string, links: number, roles = ''): InstitutionRow => ({
  id: name.toLowerCase(),
  name,
  otherName: '',
  langs: { name: 'en', otherName: null },
  kind: 'University',
  city: 'City',
  country,
  initiatives: '',
  roles,
  links,
})

const rows = [
  row('Łódź Tech', 'Poland', 1, 'member'),
  row('Beihang', 'China', 3),
  row('Opole', 'Poland', 1, 'co-initiator'),
]
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

  it('puts empty cells last in either direction', () => {
    expect(names(sortRows(rows, 'roles', 'ascending', collator))).toEqual(['Opole', 'Łódź Tech', 'Beihang'])
    expect(names(sortRows(rows, 'roles', 'descending', collator))).toEqual(['Łódź Tech', 'Opole', 'Beihang'])
  })
})

describe('institutionRows', () => {
  const table = institutionRows({
    institutions,
    links,
    linksByInstitution: new Map([['lodz-university-of-technology', 1]]),
    groups,
    initiatives,
  })
  const byId = new Map(table.map((r) => [r.id, r]))

  it('gives each institution the initiatives of its shown links, in the atlas’s order, and its roles', () => {
    expect(byId.get('lodz-university-of-technology')).toEqual({
      id: 'lodz-university-of-technology',
      name: 'Lodz University of Technology',
      otherName: 'Politechnika Łódzka',
      langs: { name: 'en', otherName: 'pl' },
      kind: 'University',
      city: 'City',
      country: 'Poland',
      initiatives: 'Belt and Road Initiative and Sino-Polish University Consortium',
      roles: 'member',
      links: 1,
    })
    expect(byId.get('beihang-university')).toMatchObject({
      initiatives: 'China–Spain Comprehensive Strategic Partnership',
      roles: 'host',
      links: 0,
    })
  })

  it('leaves the cells empty for an institution without links or groups', () => {
    expect(byId.get('lonely-university')).toMatchObject({ otherName: '', initiatives: '', roles: '' })
  })
})

describe('rowsCsv', () => {
  it('writes the rows as shown, in the order shown, under the headings shown', () => {
    const sorted = sortRows(rows, 'roles', 'ascending', collator)
    expect(rowsCsv(sorted).split('\r\n')).toEqual([
      'Name,Other name,Kind,City,Country,Initiatives,Role,Links',
      'Opole,,University,City,Poland,,co-initiator,1',
      'Łódź Tech,,University,City,Poland,,member,1',
      'Beihang,,University,City,China,,,3',
      '',
    ])
  })
})

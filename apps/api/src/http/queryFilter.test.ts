import { describeIssues, institutionFilterSchema, linkFilterSchema } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { queryToFilter } from './queryFilter'

const institutionFields = { lists: ['initiatives', 'countries', 'kinds'], strings: ['q'] }
const linkFields = { lists: ['initiatives', 'countries', 'linkKinds'], numbers: ['yearFrom', 'yearTo'] }

/** What the export answers to a query string: '' when the schema takes it, else the 400's message. */
function problems(query: string, schema: typeof institutionFilterSchema | typeof linkFilterSchema) {
  const fields = schema === institutionFilterSchema ? institutionFields : linkFields
  const result = schema.safeParse(queryToFilter(new URLSearchParams(query), fields))
  return result.success ? '' : describeIssues(result.error.issues)
}

describe('queryToFilter', () => {
  it('reads lists written with commas or repeated, numbers, and strings', () => {
    expect(
      queryToFilter(new URLSearchParams('countries=PL,CN&countries=ES&yearFrom=2016&q=Łódź'), {
        lists: ['countries'],
        numbers: ['yearFrom'],
        strings: ['q'],
      }),
    ).toEqual({ countries: ['PL', 'CN', 'ES'], yearFrom: 2016, q: 'Łódź' })
  })

  it('leaves out what the query does not give, and passes on a parameter it does not know for the schema to refuse', () => {
    expect(queryToFilter(new URLSearchParams(''), linkFields)).toEqual({})
    expect(queryToFilter(new URLSearchParams('other=1'), linkFields)).toEqual({ other: '1' })
  })

  it('lets the schema name a NUL in q, a number that is not one and a bad list item', () => {
    expect(problems('q=%00', institutionFilterSchema)).toBe('q: must not contain a NUL character')
    expect(problems('yearFrom=soon', linkFilterSchema)).toMatch(/^yearFrom: /)
    expect(problems('yearTo=', linkFilterSchema)).toMatch(/^yearTo: /)
    expect(problems('yearFrom=1e400', linkFilterSchema)).toMatch(/^yearFrom: /)
    expect(problems('countries=PL,%00', institutionFilterSchema)).toMatch(/^countries\[1\]: /)
    expect(problems('linkKinds=%F0%9F%8E%93', linkFilterSchema)).toMatch(/^linkKinds\[0\]: /)
  })

  it('refuses a single-valued field given twice rather than dropping one value unseen', () => {
    expect(problems('q=Lodz&q=%00', institutionFilterSchema)).toMatch(/^q: /)
    expect(problems('yearFrom=2016&yearFrom=2017', linkFilterSchema)).toMatch(/^yearFrom: /)
    expect(problems('kinds=joint_institute', linkFilterSchema)).toMatch(/kinds/)
    expect(problems('country=PL', institutionFilterSchema)).toMatch(/country/)
  })
})

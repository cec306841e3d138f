import { describe, expect, it } from 'vitest'
import { institutionFilterSchema, linkFilterSchema } from './filter'
import { describeIssues } from './issues'

const messageFor = (result: {
  success: boolean
  error?: { issues: Parameters<typeof describeIssues>[0] }
}) => (result.error ? describeIssues(result.error.issues) : '')

describe('filters', () => {
  it('accepts a full, valid filter', () => {
    expect(
      linkFilterSchema.parse({
        initiatives: ['belt-and-road'],
        countries: ['PL', 'CN'],
        linkKinds: ['consortium_membership'],
        yearFrom: 2016,
        yearTo: 2018,
      }),
    ).toBeTruthy()
  })

  it('names the field of a country that is not an ISO code', () => {
    const result = institutionFilterSchema.safeParse({ countries: ['PL', 'Poland'] })
    expect(result.success).toBe(false)
    expect(messageFor(result)).toMatch(/^countries\[1\]: .*ISO 3166-1 alpha-2.*"Poland"/)
  })

  it('names yearFrom when it is after yearTo', () => {
    const result = linkFilterSchema.safeParse({ yearFrom: 2020, yearTo: 2010 })
    expect(messageFor(result)).toBe('yearFrom: must not be after yearTo')
  })

  it('refuses a search string of 5,000 characters, naming q', () => {
    const result = institutionFilterSchema.safeParse({ q: 'x'.repeat(5000) })
    expect(messageFor(result)).toMatch(/^q: must be at most 200 characters/)
  })

  it('refuses a search that PostgreSQL could not store, naming q', () => {
    expect(messageFor(institutionFilterSchema.safeParse({ q: 'Lodz\u0000' }))).toBe(
      'q: must not contain a NUL character',
    )
    expect(messageFor(institutionFilterSchema.safeParse({ q: '\uD800' }))).toMatch(/^q: .*unpaired/)
  })

  it('refuses a malformed initiative id and an unknown link kind', () => {
    expect(messageFor(linkFilterSchema.safeParse({ initiatives: ["'; drop table links; --"] }))).toMatch(
      /^initiatives\[0\]: must be a lowercase slug/,
    )
    expect(messageFor(linkFilterSchema.safeParse({ linkKinds: ['friendship'] }))).toMatch(/^linkKinds\[0\]:/)
  })
})

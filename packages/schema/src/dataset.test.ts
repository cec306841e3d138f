import { describe, expect, it } from 'vitest'
import { type Dataset, datasetSchema } from './dataset'
import { describeIssues } from './issues'

const source = {
  id: 'doc',
  title: 'A document',
  publisher: null,
  publishedOn: null,
  seedFile: 'doc.txt',
  url: null,
  accessedOn: null,
}
const institution = (id: string) => ({
  id,
  name: id,
  nativeName: null,
  altNames: [],
  kind: 'university',
  country: 'PL',
  city: 'Łódź',
  lon: 19.45,
  lat: 51.75,
  precision: 'city',
  website: null,
  sourceIds: ['doc'],
  coordinateSourceId: 'doc',
  facts: [],
})
const valid = {
  sources: [source],
  initiatives: [
    { id: 'init', name: 'I', colour: '#123abc', description: 'd', parentId: null, sourceIds: ['doc'] },
  ],
  institutions: [institution('a'), institution('b')],
  groups: [],
  links: [
    {
      id: 'a-b',
      from: 'a',
      to: 'b',
      kind: 'cooperation_agreement',
      initiatives: ['init'],
      start: '2017',
      end: null,
      status: 'active',
      description: null,
      sourceId: 'doc',
    },
  ],
  tours: [],
}

const problems = (data: unknown) => {
  const result = datasetSchema.safeParse(data)
  return result.success ? '' : describeIssues(result.error.issues)
}

describe('datasetSchema', () => {
  it('accepts a consistent data set', () => {
    expect(problems(valid)).toBe('')
  })

  it('names a reference to a record that is not in the set', () => {
    const data: Dataset = JSON.parse(JSON.stringify(valid)) as Dataset
    const link = data.links[0]
    if (link) link.to = 'nowhere'
    expect(problems(data)).toBe('links[0].to: refers to unknown institution "nowhere"')
  })

  it('names a coordinate source that is not in the set', () => {
    expect(
      problems({
        ...valid,
        institutions: [{ ...institution('a'), coordinateSourceId: 'atlas' }, institution('b')],
      }),
    ).toBe('institutions[0].coordinateSourceId: refers to unknown source "atlas"')
  })

  it('names an institution a tour stop is about that is not in the set', () => {
    const stop = {
      title: 'A stop',
      caption: 'About a and c.',
      view: { lon: 0, lat: 0, zoom: 2, bearing: 0, pitch: 0 },
      filter: {},
      selection: null,
      focus: ['a', 'c'],
    }
    const tour = { id: 'tour', title: 'A tour', description: 'Of a', initiativeId: null, sourceIds: ['doc'] }
    expect(problems({ ...valid, tours: [{ ...tour, stops: [stop] }] })).toBe(
      'tours[0].stops[0].focus[1]: refers to unknown institution "c"',
    )
  })

  it('names a repeated id, a self-link and a latitude out of range', () => {
    const data = JSON.parse(JSON.stringify(valid)) as Dataset
    data.institutions.push(institution('a') as Dataset['institutions'][number])
    expect(problems(data)).toContain('institutions[2].id: repeats the id "a"')
    expect(problems({ ...valid, links: [{ ...valid.links[0], to: 'a' }] })).toContain(
      'links[0].to: a link cannot join an institution to itself',
    )
    expect(
      problems({ ...valid, institutions: [{ ...institution('a'), lat: 95 }, institution('b')] }),
    ).toMatch(/institutions\[0\]\.lat/)
  })
})

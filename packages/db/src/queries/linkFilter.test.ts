import { datasetSchema, NO_FILTER } from '@atlas/schema'
import {
  CASE_INITIATIVES,
  CASE_INSTITUTIONS,
  CASE_LINKS,
  LINK_FILTER_CASES,
} from '@atlas/schema/linkFilterCases'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Connection } from '../connect'
import { writeDataset } from '../seed/writeDataset'
import { openTestDatabase, testEngines } from '../testing'
import { listInstitutions } from './institutions'
import { listLinks } from './links'

const SOURCE = 'filter-cases'

/** The shared filter cases as a data set the database can hold. */
const caseDataset = datasetSchema.parse({
  sources: [
    {
      id: SOURCE,
      title: 'The filter cases',
      publisher: null,
      publishedOn: null,
      seedFile: null,
      url: null,
      accessedOn: null,
    },
  ],
  initiatives: CASE_INITIATIVES.map((initiative) => ({
    ...initiative,
    name: initiative.id,
    colour: '#123456',
    description: 'A case of the filter',
    sourceIds: [SOURCE],
  })),
  institutions: CASE_INSTITUTIONS.map((institution) => ({
    ...institution,
    name: institution.id,
    nativeName: null,
    altNames: [],
    kind: 'university',
    city: 'Somewhere',
    lon: 0,
    lat: 0,
    precision: 'country',
    website: null,
    coordinateSourceId: SOURCE,
    sourceIds: [SOURCE],
    facts: [],
  })),
  groups: [],
  links: CASE_LINKS.map((link) => ({
    ...link,
    start: link.year === null ? null : String(link.year),
    end: link.endYear === null ? null : String(link.endYear),
    status: 'unknown',
    description: null,
    sourceId: SOURCE,
  })),
  tours: [],
})

describe.each(testEngines())('the shared link filter cases in SQL on %s', (engine) => {
  let connection: Connection
  beforeAll(async () => {
    connection = await openTestDatabase(engine, { seeded: false })
    await writeDataset(connection.db, caseDataset)
  })
  afterAll(() => connection.close())

  it.each(LINK_FILTER_CASES)('$name', async ({ filter, shows }) => {
    const links = await listLinks(connection.db, { ...NO_FILTER, ...filter })
    expect(links.map((link) => link.id).sort()).toEqual([...shows].sort())
  })

  it('lists an institution under an initiative only through links that are that initiative’s own', async () => {
    const names = async (initiatives: string[]) =>
      (await listInstitutions(connection.db, { initiatives })).map((institution) => institution.id).sort()
    expect(await names(['bri'])).toEqual(['cn-a', 'cn-b', 'zm-a'])
    expect(await names(['sp-lab'])).toEqual(['cn-b', 'pl-a'])
  })
})

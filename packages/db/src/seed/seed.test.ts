import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Connection } from '../connect'
import { listGroups } from '../queries/groups'
import { listInstitutions } from '../queries/institutions'
import { listLinks } from '../queries/links'
import { listSources } from '../queries/sources'
import { openTestDatabase, testEngines } from '../testing'
import { seed, seedIfNew } from './seed'

const CONSORTIUM_CHINESE = [
  'Beijing University of Technology',
  'Beijing Information Science and Technology University',
  'Beijing Institute of Petrochemical Technology',
  'Beijing International Studies University',
  'Beijing University of Civil Engineering and Architecture',
  'Capital University of Economics and Trade',
  'North China University of Technology',
  'Chongqing Jiaotong University',
  'Chongqing Technology and Business University',
  'Chongqing University',
  'Chongqing University of Posts and Telecommunications',
  'Chongqing University of Technology',
  'Chongqing University of Science and Technology',
  'Southwest University',
]
const CONSORTIUM_POLISH = [
  'AGH University of Science and Technology',
  'Bialystok University of Technology',
  'Lodz University of Technology',
  'Opole University of Technology',
  'Poznan University of Technology',
  'Silesian University of Technology',
  'University of Silesia',
  'Warsaw University of Technology',
  'Wroclaw University of Science and Technology',
]

async function countRows(connection: Connection) {
  const tables = [
    'sources',
    'initiatives',
    'institutions',
    'facts',
    'groups',
    'group_members',
    'links',
  ] as const
  const counts: Record<string, number> = {}
  for (const table of tables) {
    const row = await connection.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
    counts[table] = Number(row.n)
  }
  return counts
}

describe.each(testEngines())('seed on %s', (engine) => {
  let connection: Connection
  beforeAll(async () => {
    connection = await openTestDatabase(engine)
  })
  afterAll(() => connection?.close())

  it('holds the 23 consortium members by name, 14 Chinese and 9 Polish, with the three co-initiators', async () => {
    const [consortium] = await listGroups(connection.db, ['sino-polish-university-consortium'])
    const institutions = await listInstitutions(connection.db)
    const byId = new Map(institutions.map((i) => [i.id, i]))
    const members = consortium?.members.map((m) => byId.get(m.institutionId)) ?? []
    expect(members.filter((m) => m?.country === 'CN').map((m) => m?.name)).toEqual(CONSORTIUM_CHINESE)
    expect(members.filter((m) => m?.country === 'PL').map((m) => m?.name)).toEqual(CONSORTIUM_POLISH)
    const coInitiators = consortium?.members
      .filter((m) => m.role === 'co_initiator')
      .map((m) => byId.get(m.institutionId)?.name)
    expect(coInitiators?.sort()).toEqual(
      [
        'Beijing University of Technology',
        'Chongqing Jiaotong University',
        'Opole University of Technology',
      ].sort(),
    )
    expect(consortium?.foundedDate).toBe('2017-03-21')
    expect(consortium?.foundedPrecision).toBe('day')
    expect(byId.get(consortium?.seatId ?? '')?.name).toBe('Beijing University of Technology')
  })

  it('holds the Beihang–UPV joint institute at the Hangzhou International Campus, with its figures', async () => {
    const institutions = await listInstitutions(connection.db, { q: 'Politècnica' })
    expect(institutions.map((i) => i.name)).toEqual(['Universitat Politècnica de València'])
    const [institute] = await listGroups(connection.db, ['beihang-valencia-polytechnic-institute'])
    expect(institute?.members).toEqual([
      { institutionId: 'beihang-university', role: 'host' },
      { institutionId: 'universitat-politecnica-de-valencia', role: 'partner' },
    ])
    const facts = await connection.db.selectFrom('facts').select(['text', 'value']).execute()
    expect(facts.some((f) => f.value === 1500 && /500 international/.test(f.text))).toBe(true)
    expect(facts.some((f) => f.value === 41)).toBe(true)
  })

  it('holds Beijing Polytechnic College, CNMC and the China-Zambia Vocational College in Zambia', async () => {
    const [zambian] = await listInstitutions(connection.db, { countries: ['ZM'] })
    expect(zambian?.name).toBe('China-Zambia Vocational College')
    const links = await listLinks(connection.db, { countries: ['ZM'] })
    expect(links.map((l) => [l.fromId, l.toId])).toEqual([
      ['beijing-polytechnic-college', 'china-zambia-vocational-college'],
    ])
    expect(await listInstitutions(connection.db, { q: 'CNMC' })).toHaveLength(1)
  })

  it('keeps names as the sources and the places spell them, with native forms', async () => {
    const institutions = await listInstitutions(connection.db)
    const byId = new Map(institutions.map((i) => [i.id, i]))
    expect(byId.get('beihang-university')?.nativeName).toBe('北京航空航天大学')
    expect(byId.get('lodz-university-of-technology')?.nativeName).toBe('Politechnika Łódzka')
    expect(byId.get('lodz-university-of-technology')?.city).toBe('Łódź')
    expect(byId.get('bialystok-university-of-technology')?.city).toBe('Białystok')
  })

  it('cites a source for every record, with the seed file it came from', async () => {
    const sources = await listSources(connection.db)
    expect(sources.map((s) => s.seedFile).sort()).toEqual([
      '000_8971d60f0c0baf7a.txt',
      '001_c06cccc84d6dcf5e.txt',
      '002_fee66a178c7b4779.txt',
    ])
    const uncited = await connection.db
      .selectFrom('institutions')
      .select('id')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('institution_sources')
              .select('source_id')
              .whereRef('institution_id', '=', 'institutions.id'),
          ),
        ),
      )
      .execute()
    expect(uncited).toEqual([])
  })

  it('changes nothing when it runs again, and runs only once at start', async () => {
    const before = await countRows(connection)
    const again = await seed(connection.db)
    expect(again).toEqual({ sources: 0, initiatives: 0, institutions: 0, groups: 0, links: 0, tours: 0 })
    expect(await countRows(connection)).toEqual(before)
    expect(await seedIfNew(connection.db)).toBeNull()
    expect(before).toMatchObject({
      sources: 3,
      initiatives: 3,
      institutions: 29,
      groups: 2,
      group_members: 25,
    })
  })

  it('brings a database seeded before the tours up to date, once', async () => {
    await connection.db.deleteFrom('tours').execute()
    await connection.db
      .updateTable('atlas_meta')
      .set({ value: '1' })
      .where('key', '=', 'seed_version')
      .execute()
    expect(await seedIfNew(connection.db)).toMatchObject({ institutions: 0, tours: 3 })
    expect(await seedIfNew(connection.db)).toBeNull()
  })
})

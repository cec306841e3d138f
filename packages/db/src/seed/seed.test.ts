import { NO_FILTER } from '@atlas/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertUser } from '../accounts/users'
import type { Connection } from '../connect'
import { listGroups } from '../queries/groups'
import { listInitiatives } from '../queries/initiatives'
import { getInstitutionDetail } from '../queries/institutionDetail'
import { listInstitutions } from '../queries/institutions'
import { listLinks } from '../queries/links'
import { findSourceDocument, listSources } from '../queries/sources'
import { findTour } from '../queries/tours'
import { groupStore, initiativeStore, readRecord, updateRecord } from '../records'
import { openTestDatabase, testEngines } from '../testing'
import { seedDataset } from './dataset'
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
      { institutionId: 'beihang-university', role: 'host', joined: null, left: null },
      { institutionId: 'universitat-politecnica-de-valencia', role: 'partner', joined: null, left: null },
    ])
    const facts = await connection.db.selectFrom('facts').select(['text', 'value']).execute()
    expect(facts.some((f) => f.value === 1500 && /500 international/.test(f.text))).toBe(true)
    expect(facts.some((f) => f.value === 41)).toBe(true)
  })

  it('holds Beijing Polytechnic College, CNMC and the China-Zambia Vocational College in Zambia', async () => {
    const [zambian] = await listInstitutions(connection.db, { countries: ['ZM'] })
    expect(zambian?.name).toBe('China-Zambia Vocational College')
    const links = await listLinks(connection.db, { ...NO_FILTER, countries: ['ZM'] })
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
    expect(sources.flatMap((s) => s.seedFile ?? []).sort()).toEqual([
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

  it('quotes every excerpt verbatim from the stored text of the source it cites', async () => {
    const facts = await connection.db
      .selectFrom('facts')
      .innerJoin('sources', 'sources.id', 'facts.source_id')
      .select(['facts.id', 'facts.excerpt', 'sources.text'])
      .execute()
    expect(facts.length).toBeGreaterThan(30)
    const notQuoted = facts.filter((f) => !f.excerpt || !f.text?.includes(f.excerpt)).map((f) => f.id)
    expect(notQuoted).toEqual([])
  })

  it('stores the text of every seed document, and the address and reading day of every other source', async () => {
    const sources = await connection.db
      .selectFrom('sources')
      .select(['id', 'seed_file', 'text', 'url', 'accessed_on'])
      .execute()
    const unreadable = sources
      .filter((s) => (s.seed_file ? !s.text : !(s.url && s.accessed_on)))
      .map((s) => s.id)
    expect(unreadable).toEqual([])
  })

  it('cites a source for every coordinate, and none shows a place at a precision finer than its source', async () => {
    const institutions = await connection.db
      .selectFrom('institutions')
      .leftJoin('sources', 'sources.id', 'institutions.coordinate_source_id')
      .select(['institutions.id', 'institutions.precision', 'sources.id as sourceId'])
      .execute()
    expect(institutions.filter((i) => !i.sourceId).map((i) => i.id)).toEqual([])
    // The consortium's Chinese members no longer sit on two points: only those no readable source places stay at
    // their city's centre.
    const atCityCentre = institutions.filter((i) => i.precision === 'city').length
    expect(atCityCentre).toBeLessThan(22)
    const detail = await getInstitutionDetail(connection.db, 'lodz-university-of-technology')
    expect(detail?.institution.coordinateSourceId).toBe('wikipedia-lodz-university-of-technology')
    expect(detail?.sources.map((s) => s.id)).toContain('wikipedia-lodz-university-of-technology')
  })

  it('fills the citations into a database an earlier seed wrote, never over what an editor set', async () => {
    const db = connection.db
    // As seed version 2 left it: no texts, addresses, excerpts or coordinate sources, a city-centre point.
    await db.updateTable('sources').set({ text: null, url: null, accessed_on: null }).execute()
    await db.updateTable('facts').set({ excerpt: null }).execute()
    await db
      .updateTable('institutions')
      .set({ coordinate_source_id: null, lon: 116.4074, lat: 39.9042, precision: 'city' })
      .where('id', '=', 'beihang-university')
      .execute()
    // An editor has since placed Poznań by another source and reworded a fact.
    await db
      .updateTable('institutions')
      .set({ lon: 16.95, lat: 52.402, coordinate_source_id: 'sino-polish-consortium-2017' })
      .where('id', '=', 'poznan-university-of-technology')
      .execute()
    await db
      .updateTable('facts')
      .set({ text: 'Reworded by an editor' })
      .where('id', '=', 'bvpi-language')
      .execute()
    await db.updateTable('groups').set({ founded_at_id: null }).execute()
    await db.updateTable('atlas_meta').set({ value: '2' }).where('key', '=', 'seed_version').execute()

    expect(await seedIfNew(db)).toMatchObject({ institutions: 0, sources: 0 })
    const beihang = await db
      .selectFrom('institutions')
      .select(['lon', 'lat', 'precision', 'coordinate_source_id'])
      .where('id', '=', 'beihang-university')
      .executeTakeFirstOrThrow()
    expect(beihang).toEqual({
      lon: 116.34083,
      lat: 39.98,
      precision: 'campus',
      coordinate_source_id: 'wikipedia-beihang-university',
    })
    const poznan = await db
      .selectFrom('institutions')
      .select(['lon', 'coordinate_source_id'])
      .where('id', '=', 'poznan-university-of-technology')
      .executeTakeFirstOrThrow()
    expect(poznan).toEqual({ lon: 16.95, coordinate_source_id: 'sino-polish-consortium-2017' })
    const excerpts = await db.selectFrom('facts').select(['id', 'excerpt']).execute()
    expect(excerpts.filter((f) => !f.excerpt).map((f) => f.id)).toEqual(['bvpi-language'])
    const opole = await findSourceDocument(db, 'wikipedia-politechnika-opolska')
    expect(opole?.url).toBe('https://pl.m.wikipedia.org/wiki/Politechnika_Opolska')
    expect((await findSourceDocument(db, 'beihang-news-2026-01-03'))?.text).toMatch(/^Home \/ News/)
    const foundedAt = await db.selectFrom('groups').select(['id', 'founded_at_id']).orderBy('id').execute()
    expect(foundedAt).toEqual([
      { id: 'beihang-valencia-polytechnic-institute', founded_at_id: null },
      { id: 'sino-polish-university-consortium', founded_at_id: 'beijing-university-of-technology' },
    ])
  })

  it('changes nothing when it runs again, and runs only once at start', async () => {
    const before = await countRows(connection)
    const again = await seed(connection.db)
    expect(again).toEqual({ sources: 0, initiatives: 0, institutions: 0, groups: 0, links: 0, tours: 0 })
    expect(await countRows(connection)).toEqual(before)
    expect(await seedIfNew(connection.db)).toBeNull()
    expect(before).toMatchObject({
      sources: 21,
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

  it('gives a database an earlier seed wrote the translations, never over what an editor set', async () => {
    const { db } = connection
    // As migration 0010 leaves a database that seed version 4 wrote: no record holds a translation.
    for (const table of ['initiatives', 'groups', 'tours', 'tour_stops'] as const) {
      await db.updateTable(table).set({ translations: '{}' }).execute()
    }
    expect((await listInitiatives(db)).map((i) => i.translations)).toEqual([{}, {}, {}])
    // Since then an editor has recoloured Belt and Road and translated the consortium's name themselves, and a stop's
    // caption has been reworded.
    await insertUser(db, {
      id: 'translator',
      email: 'translator@example.org',
      name: null,
      role: 'editor',
      createdBy: null,
    })
    const initiative = await readRecord(db, initiativeStore, 'belt-and-road')
    const group = await readRecord(db, groupStore, 'sino-polish-university-consortium')
    if (!initiative || !group) throw new Error('the seed has no Belt and Road or no consortium')
    const editorsTranslation = { pl: { name: 'Konsorcjum Uczelni Chińskich i Polskich' } }
    await updateRecord(
      db,
      initiativeStore,
      { ...initiative.record, colour: '#000000' },
      initiative.version,
      'translator',
    )
    await updateRecord(
      db,
      groupStore,
      { ...group.record, translations: editorsTranslation },
      group.version,
      'translator',
    )
    await db
      .updateTable('tour_stops')
      .set({ caption: 'Reworded' })
      .where('tour_id', '=', 'beijing-polytechnic-college-in-zambia')
      .where('position', '=', 2)
      .execute()
    await db.updateTable('atlas_meta').set({ value: '4' }).where('key', '=', 'seed_version').execute()

    expect(await seedIfNew(db)).toMatchObject({ initiatives: 0, groups: 0, tours: 0 })
    const data = seedDataset()
    const translationsOf = (records: { id: string; translations?: unknown }[]) =>
      Object.fromEntries(records.map((r) => [r.id, r.translations]))
    expect(translationsOf(await listInitiatives(db))).toEqual({
      ...translationsOf(data.initiatives),
      'belt-and-road': {},
    })
    expect(translationsOf(await listGroups(db))).toEqual({
      ...translationsOf(data.groups),
      'sino-polish-university-consortium': editorsTranslation,
    })
    for (const seeded of data.tours) {
      const tour = await findTour(db, seeded.id)
      expect(tour?.translations).toEqual(seeded.translations)
      const stops = seeded.stops.map((stop) => stop.translations)
      if (seeded.id === 'beijing-polytechnic-college-in-zambia') stops[2] = {}
      expect(tour?.stops.map((stop) => stop.translations)).toEqual(stops)
    }
    expect(await seedIfNew(db)).toBeNull()
  })
})

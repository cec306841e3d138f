import type { Connection } from '@atlas/db'
import { openTestDatabase, testEngines } from '@atlas/db/testing'
import { decodeLinkColumns } from '@atlas/schema'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createContext } from '../context'
import { appRouter } from '../root'
import { rejection } from '../testing/rejection'
import type { Context } from '../trpc'

type Caller = ReturnType<typeof appRouter.createCaller>

describe('api answers', () => {
  it('are checked by a shared output schema in every procedure', () => {
    const procedures = Object.entries(appRouter._def.procedures).map(([path, procedure]) => ({
      path,
      checked: 'output' in (procedure as unknown as { _def: object })._def,
    }))
    expect(procedures.length).toBeGreaterThan(40)
    expect(procedures.filter((p) => !p.checked).map((p) => p.path)).toEqual([])
  })
})

describe.each(testEngines())('api procedures on %s', (engine) => {
  let connection: Connection
  let context: Context
  let api: Caller
  beforeAll(async () => {
    connection = await openTestDatabase(engine)
    context = createContext(connection)
    api = appRouter.createCaller(context)
  })
  afterAll(async () => {
    await context?.monitor.close()
    await connection?.close()
  })

  it('initiative.list gives the three initiatives with colours and counts', async () => {
    const initiatives = await api.initiative.list()
    expect(initiatives.map((i) => i.id).sort()).toEqual([
      'belt-and-road',
      'china-spain-csp',
      'sino-polish-consortium',
    ])
    const consortium = initiatives.find((i) => i.id === 'sino-polish-consortium')
    expect(consortium).toMatchObject({
      parentId: 'belt-and-road',
      counts: { links: 22, groups: 1, institutions: 23 },
    })
    expect(consortium?.colour).toMatch(/^#[0-9a-f]{6}$/)
  })

  it('institution.list filters by initiative, country, kind and name in any spelling', async () => {
    expect(await api.institution.list()).toHaveLength(29)
    expect(await api.institution.list({ initiatives: ['sino-polish-consortium'] })).toHaveLength(23)
    expect(await api.institution.list({ countries: ['PL'] })).toHaveLength(9)
    expect((await api.institution.list({ countries: ['ES'] })).map((i) => i.name)).toEqual([
      'Universitat Politècnica de València',
    ])
    expect((await api.institution.list({ kinds: ['company'] })).map((i) => i.id)).toEqual(['cnmc'])
    expect((await api.institution.list({ q: 'Lodz' })).map((i) => i.id)).toEqual([
      'lodz-university-of-technology',
    ])
    expect((await api.institution.list({ q: 'łódzka' })).map((i) => i.id)).toEqual([
      'lodz-university-of-technology',
    ])
    expect((await api.institution.list({ q: '北京航空' })).map((i) => i.id)).toEqual(['beihang-university'])
    expect(await api.institution.list({ q: '100%_' })).toEqual([])
    expect(await api.institution.list({ countries: [] })).toEqual([])
  })

  it('institution.get gives links, groups, facts and every source they cite', async () => {
    const detail = await api.institution.get({ id: 'lodz-university-of-technology' })
    expect(detail.institution.name).toBe('Lodz University of Technology')
    expect(detail.links).toHaveLength(1)
    expect(detail.partners.map((p) => p.id)).toEqual(['beijing-university-of-technology'])
    expect(detail.groups).toEqual([
      {
        id: 'sino-polish-university-consortium',
        name: 'Sino-Polish University Consortium',
        kind: 'consortium',
        seatId: 'beijing-university-of-technology',
        role: 'member',
        translations: expect.objectContaining({ zh: expect.objectContaining({ name: '中波大学联盟' }) }),
      },
    ])
    expect(detail.sources.map((s) => s.id)).toEqual([
      'sino-polish-consortium-2017',
      'wikipedia-lodz-university-of-technology',
    ])
    expect(detail.institution).toMatchObject({
      lon: 19.45,
      lat: 51.75306,
      precision: 'campus',
      coordinateSourceId: 'wikipedia-lodz-university-of-technology',
    })
    const bpc = await api.institution.get({ id: 'beijing-polytechnic-college' })
    expect(bpc.institution.facts.length).toBeGreaterThan(5)
    expect(bpc.partners.map((p) => p.country).sort()).toEqual(['CN', 'ZM'])
    expect(bpc.institution.facts.find((f) => f.id === 'bpc-belt-and-road-trainees')?.excerpt).toBe(
      'As of May 2018, BPC has trained 41 foreign engineering and technical staff from the Belt and Road countries.',
    )
  })

  it('link.list filters by initiative, country, kind and years', async () => {
    expect(await api.link.list()).toHaveLength(27)
    expect(await api.link.list({ initiatives: ['china-spain-csp'] })).toHaveLength(2)
    expect(await api.link.list({ countries: ['ES'] })).toHaveLength(1)
    expect(await api.link.list({ linkKinds: ['consortium_membership'] })).toHaveLength(22)
    // A year shows what was under way: the consortium's 22, the 2016 pilot, and the college (2017–2018).
    expect(await api.link.list({ yearFrom: 2017, yearTo: 2017 })).toHaveLength(24)
    const later = await api.link.list({ yearFrom: 2019 })
    expect(later).toHaveLength(25)
    expect(later.map((l) => l.id)).not.toContain('bpc-china-zambia-vocational-college')
    expect((await api.link.list({ yearTo: 2016 })).map((l) => l.id)).toEqual(['bpc-cnmc-going-out-pilot'])
    const joint = await api.link.list({ yearFrom: 2025, linkKinds: ['joint_institute'] })
    expect(joint.map((l) => l.kind)).toEqual(['joint_institute', 'joint_institute'])
    const [membership] = await api.link.list({ countries: ['PL'], linkKinds: ['consortium_membership'] })
    expect(membership).toMatchObject({
      startDate: '2017-03-21',
      startPrecision: 'day',
      groupId: 'sino-polish-university-consortium',
      sourceId: 'sino-polish-consortium-2017',
    })
    expect(membership?.initiatives).toEqual(['belt-and-road', 'sino-polish-consortium'])
  })

  it('link.columns holds the same links as link.list, filtered the same way', async () => {
    for (const filter of [undefined, { countries: ['PL' as const] }, { yearFrom: 2019 }]) {
      expect(decodeLinkColumns(await api.link.columns(filter))).toEqual(await api.link.list(filter))
    }
    const columns = await api.link.columns()
    expect(columns.ids).toHaveLength(27)
    expect(new Set(columns.institutionIds).size).toBe(columns.institutionIds.length)
  })

  it('group.list gives the groups with members and roles', async () => {
    const groups = await api.group.list()
    expect(groups.map((g) => [g.id, g.members.length])).toEqual([
      ['beihang-valencia-polytechnic-institute', 2],
      ['sino-polish-university-consortium', 23],
    ])
  })

  it('stats.byCountry counts institutions and links per country under the filter', async () => {
    expect(await api.stats.byCountry({ initiatives: ['sino-polish-consortium'] })).toEqual([
      { country: 'CN', institutions: 14, links: 22 },
      { country: 'PL', institutions: 9, links: 9 },
    ])
    const all = await api.stats.byCountry()
    expect(all.find((s) => s.country === 'ZM')).toEqual({ country: 'ZM', institutions: 1, links: 1 })
  })

  it('source.list gives the documents with what they state of publisher and date, without their texts', async () => {
    const sources = await api.source.list()
    expect(sources.find((s) => s.id === 'beihang-news-2026-01-03')).toMatchObject({
      publisher: 'Beihang University',
      publishedOn: '2026-01-03',
      url: null,
    })
    expect(sources.find((s) => s.id === 'wikipedia-politechnika-opolska')).toMatchObject({
      publisher: 'Wikipedia, Polish edition',
      url: 'https://pl.m.wikipedia.org/wiki/Politechnika_Opolska',
      accessedOn: '2026-12-01',
    })
    expect(sources.some((s) => 'text' in s)).toBe(false)
  })

  it('source.get gives a document with its stored text, a web source with its address only', async () => {
    const document = await api.source.get({ id: 'bpc-international-about' })
    expect(document.title).toBe('Introduction of International Exchanges and Cooperation Office')
    expect(document.text).toContain('Eight teachers go to Zambia to carry out the project from 2017 to 2018.')
    const page = await api.source.get({ id: 'wikipedia-luanshya' })
    expect(page).toMatchObject({ text: null, url: 'https://nn.wikipedia.org/wiki/Luanshya' })
    const missing = await rejection(api.source.get({ id: 'no-such-source' }))
    expect(missing.code).toBe('NOT_FOUND')
    expect(missing.message).toBe('source "no-such-source" does not exist')
  })

  it('answers bad input with BAD_REQUEST naming the field, and a missing id with NOT_FOUND', async () => {
    const unknown = await rejection(api.link.list({ initiatives: ['belt-and-road', 'silk-road'] }))
    expect(unknown.code).toBe('BAD_REQUEST')
    expect(unknown.message).toBe('initiatives[1]: unknown initiative "silk-road"')
    const badCalls = [
      api.institution.list({ countries: ['Poland' as 'PL'] }),
      api.stats.byCountry({ yearFrom: 2020, yearTo: 2000 }),
      api.institution.list({ q: 'x'.repeat(5000) }),
      api.institution.get({ id: '../../etc/passwd' }),
    ]
    for (const call of badCalls) expect((await rejection(call)).code).toBe('BAD_REQUEST')
    const missing = await rejection(api.institution.get({ id: 'no-such-university' }))
    expect(missing.code).toBe('NOT_FOUND')
    expect(missing.message).toBe('institution "no-such-university" does not exist')
  })

  it('tour.list and tour.get give the seeded tours, one per initiative, with their stops', async () => {
    const tours = await api.tour.list()
    expect(tours.map((t) => [t.initiativeId, t.stopCount])).toEqual([
      ['sino-polish-consortium', 5],
      ['china-spain-csp', 4],
      ['belt-and-road', 4],
    ])
    const tour = await api.tour.get({ id: 'sino-polish-university-consortium' })
    expect(tour.title).toBe('Sino-Polish University Consortium: founded 21 March 2017 in Beijing')
    expect(tour.stops[1]).toMatchObject({
      title: 'Inaugurated in Beijing',
      selection: { type: 'institution', id: 'beijing-university-of-technology' },
      filter: { initiatives: ['sino-polish-consortium'], countries: null },
    })
    expect(tour.stops[1]?.view.zoom).toBeGreaterThan(8)
    expect((await rejection(api.tour.get({ id: 'no-such-tour' }))).code).toBe('NOT_FOUND')
    expect((await rejection(api.tour.get({ id: 'Not A Slug' }))).code).toBe('BAD_REQUEST')
  })

  it('gives each initiative, group, tour and stop with its translations', async () => {
    const beltAndRoad = (await api.initiative.list()).find((i) => i.id === 'belt-and-road')
    expect(beltAndRoad?.translations).toMatchObject({
      zh: { name: '“一带一路”倡议' },
      es: { name: 'Iniciativa de la Franja y la Ruta' },
      pl: { name: 'Inicjatywa Pasa i Szlaku' },
    })
    const consortium = { pl: { name: 'Chińsko-Polskie Konsorcjum Uniwersyteckie' } }
    const groups = await api.group.list()
    expect(groups.find((g) => g.id === 'sino-polish-university-consortium')?.translations).toMatchObject(
      consortium,
    )
    const detail = await api.group.get({ id: 'sino-polish-university-consortium' })
    expect(detail.group.translations).toMatchObject(consortium)
    const [listed] = await api.tour.list()
    expect(listed?.translations).toMatchObject({ es: { title: expect.stringContaining('Consorcio') } })
    const tour = await api.tour.get({ id: 'sino-polish-university-consortium' })
    expect(tour.translations).toEqual(listed?.translations)
    expect(tour.stops[1]?.translations).toMatchObject({ zh: { title: '在北京成立' } })
  })

  it('refuses to give an answer that breaks the shared schema, whatever the database holds', async () => {
    const id = 'lodz-university-of-technology'
    const { website } = await connection.db
      .selectFrom('institutions')
      .select('website')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    await connection.db
      .updateTable('institutions')
      .set({ website: 'ftp://p.lodz.pl' })
      .where('id', '=', id)
      .execute()
    try {
      expect((await rejection(api.institution.get({ id }))).code).toBe('INTERNAL_SERVER_ERROR')
    } finally {
      await connection.db.updateTable('institutions').set({ website }).where('id', '=', id).execute()
    }
    expect((await api.institution.get({ id })).institution.website).toBe(website)
  })

  it('gives the consortium with every member, its role, in the source’s order, and the source', async () => {
    const detail = await api.group.get({ id: 'sino-polish-university-consortium' })
    expect(detail.group).toMatchObject({
      name: 'Sino-Polish University Consortium',
      kind: 'consortium',
      seatId: 'beijing-university-of-technology',
      foundedDate: '2017-03-21',
      foundedPrecision: 'day',
    })
    expect(detail.seat.name).toBe('Beijing University of Technology')
    expect(detail.members).toHaveLength(23)
    expect(detail.members[0]).toMatchObject({
      institution: { id: 'beijing-university-of-technology', name: 'Beijing University of Technology' },
      role: 'co_initiator',
    })
    expect(detail.members.filter((m) => m.role === 'co_initiator').map((m) => m.institution.id)).toEqual([
      'beijing-university-of-technology',
      'chongqing-jiaotong-university',
      'opole-university-of-technology',
    ])
    const countries = detail.members.map((m) => m.institution.country)
    expect(countries.filter((c) => c === 'CN')).toHaveLength(14)
    expect(countries.filter((c) => c === 'PL')).toHaveLength(9)
    const lodz = detail.members.find((m) => m.institution.id === 'lodz-university-of-technology')
    expect(lodz?.institution.nativeName).toBe('Politechnika Łódzka')
    expect(detail.sources.map((s) => s.id)).toEqual(['sino-polish-consortium-2017'])
  })

  it('gives a joint institute, seated in its own building, with its host and partner', async () => {
    const detail = await api.group.get({ id: 'beihang-valencia-polytechnic-institute' })
    expect(detail.seat).toMatchObject({ id: 'beihang-valencia-polytechnic-institute', kind: 'institute' })
    expect(detail.members.map((m) => [m.institution.country, m.role])).toEqual([
      ['CN', 'host'],
      ['ES', 'partner'],
    ])
  })

  it('answers NOT_FOUND for an unknown group and BAD_REQUEST for an id that is not one', async () => {
    const missing = await api.group.get({ id: 'no-such-group' }).catch((error: unknown) => error)
    expect(missing).toBeInstanceOf(TRPCError)
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: 'group "no-such-group" does not exist' })
    const bad = await api.group.get({ id: '../groups' }).catch((error: unknown) => error)
    expect(bad).toMatchObject({ code: 'BAD_REQUEST' })
  })
})

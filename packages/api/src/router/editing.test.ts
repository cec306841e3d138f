import { type Connection, seed } from '@atlas/db'
import { openTestDatabase, testEngines } from '@atlas/db/testing'
import type { Institution } from '@atlas/schema'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createContext } from '../context'
import { appRouter } from '../root'
import { browser, signedIn } from '../testing/accounts'
import { rejection } from '../testing/rejection'
import type { Context } from '../trpc'

/** Every row of the atlas's data, as one text: equal before and after means nothing changed. */
async function snapshot(connection: Connection): Promise<string> {
  const tables = [
    'sources',
    'initiatives',
    'institutions',
    'facts',
    'links',
    'link_initiatives',
    'groups',
    'group_members',
    'tours',
    'tour_stops',
    'changes',
    'users',
  ]
  const parts: string[] = []
  for (const table of tables) {
    const { rows } = await sql`select * from ${sql.table(table)} order by 1`.execute(connection.db)
    parts.push(JSON.stringify(rows))
  }
  return parts.join('\n')
}

const newInstitution: Institution = {
  id: 'university-of-zambia',
  name: 'University of Zambia',
  nativeName: null,
  altNames: ['UNZA'],
  kind: 'university',
  country: 'ZM',
  city: 'Lusaka',
  lon: 28.3228,
  lat: -15.3875,
  precision: 'city',
  website: null,
  sourceIds: ['bpc-international-about'],
  coordinateSourceId: null,
  facts: [],
}

/** Every mutation by its path, with the answer anonymous callers and editors get. */
const MUTATIONS = Object.entries(appRouter._def.procedures)
  .filter(([, procedure]) => (procedure as unknown as { _def: { type: string } })._def.type === 'mutation')
  .map(([path]) => path)
  .filter((path) => !path.startsWith('auth.'))

function call(api: unknown, path: string, input: unknown): Promise<unknown> {
  const procedure = path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], api)
  return (procedure as (input: unknown) => Promise<unknown>)(input)
}

describe.each(testEngines())('editing on %s', (engine) => {
  let connection: Connection
  let context: Context
  beforeAll(async () => {
    connection = await openTestDatabase(engine)
    context = createContext(connection)
  })
  afterAll(async () => {
    await context?.monitor.close()
    await connection?.close()
  })

  it('refuses every mutation without a session (401) and admin ones to an editor (403), changing nothing', async () => {
    expect(MUTATIONS.length).toBeGreaterThanOrEqual(22)
    const editor = await signedIn(connection, context, 'access@example.org', 'editor')
    const before = await snapshot(connection)
    for (const path of MUTATIONS) {
      const anonymous = await rejection(call(browser(context).api, path, {}))
      expect(anonymous.code, path).toBe('UNAUTHORIZED')
      if (path.startsWith('user.') || path === 'history.restore') {
        const editorCall = await rejection(call(editor.api, path, {}))
        expect(editorCall.code, path).toBe('FORBIDDEN')
      }
    }
    expect(await snapshot(connection)).toBe(before)
  })

  it('creates an institution with its history, and refuses a point outside its country naming the field', async () => {
    const { api } = await signedIn(connection, context, 'create@example.org', 'editor')
    const before = await snapshot(connection)
    const outside = await rejection(
      api.institution.create({ record: { ...newInstitution, lon: 21.01, lat: 52.23 } }),
    )
    expect(outside.code).toBe('BAD_REQUEST')
    expect(outside.message).toMatch(
      /^lat: the point 52\.23, 21\.01 is not in Zambia \(ZM\); it lies in Poland \(PL\)/,
    )
    const unknownSource = await rejection(
      api.institution.create({ record: { ...newInstitution, sourceIds: ['no-such-source'] } }),
    )
    expect(unknownSource.message).toMatch(/sourceId: "no-such-source" is not in sources/)
    expect(await snapshot(connection)).toBe(before)

    expect(await api.institution.create({ record: newInstitution })).toEqual({
      id: newInstitution.id,
      version: 1,
    })
    expect((await api.institution.get({ id: newInstitution.id })).institution.name).toBe(
      'University of Zambia',
    )
    const history = await api.history.list({ entity: 'institution', id: newInstitution.id })
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({
      action: 'create',
      before: null,
      after: newInstitution,
      user: { email: 'create@example.org' },
    })
    const again = await rejection(api.institution.create({ record: newInstitution }))
    expect(again.message).toMatch(/^id: institution "university-of-zambia" already exists/)
  })

  it('refuses the second of two editors saving the same version, showing the first one’s record', async () => {
    const first = await signedIn(connection, context, 'first@example.org', 'editor')
    const second = await signedIn(connection, context, 'second@example.org', 'editor')
    const opened = await first.api.institution.record({ id: 'lodz-university-of-technology' })
    const alsoOpened = await second.api.institution.record({ id: 'lodz-university-of-technology' })
    expect(opened.version).toBe(alsoOpened.version)
    const saved = await first.api.institution.update({
      version: opened.version,
      record: { ...opened.record, website: 'https://p.lodz.pl/' },
    })
    expect(saved.version).toBe(opened.version + 1)
    const refused = await rejection(
      second.api.institution.update({
        version: alsoOpened.version,
        record: { ...alsoOpened.record, city: 'Lodz' },
      }),
    )
    expect(refused.code).toBe('CONFLICT')
    expect(refused.message).toMatch(/someone else saved this record/)
    const current = await second.api.institution.record({ id: 'lodz-university-of-technology' })
    expect(current.record).toMatchObject({ website: 'https://p.lodz.pl/', city: 'Łódź' })
  })

  it('refuses to delete an institution in use, listing what uses it, and deletes it with them once confirmed', async () => {
    const { api } = await signedIn(connection, context, 'delete@example.org', 'editor')
    const { version } = await api.institution.record({ id: 'beijing-polytechnic-college' })
    const refused = await rejection(api.institution.delete({ id: 'beijing-polytechnic-college', version }))
    expect(refused.code).toBe('PRECONDITION_FAILED')
    expect(refused.message).toContain('bpc-cnmc-going-out-pilot')
    expect(await api.institution.get({ id: 'beijing-polytechnic-college' })).toBeTruthy()

    const { deleted } = await api.institution.delete({
      id: 'beijing-polytechnic-college',
      version,
      cascade: true,
    })
    expect(
      deleted
        .filter((d) => d.entity === 'link')
        .map((d) => d.id)
        .sort(),
    ).toEqual(['bpc-china-zambia-vocational-college', 'bpc-cnmc-going-out-pilot', 'bpc-cnmc-staff-training'])
    // Tours whose stops selected or framed it no longer point at it.
    expect(deleted.filter((d) => d.entity === 'tour').map((d) => d.id)).toContain(
      'beijing-polytechnic-college-in-zambia',
    )
    const tour = await api.tour.get({ id: 'beijing-polytechnic-college-in-zambia' })
    expect(JSON.stringify(tour.stops)).not.toContain('"beijing-polytechnic-college"')
    expect((await api.link.list()).some((l) => l.fromId === 'beijing-polytechnic-college')).toBe(false)
    const linkHistory = await api.history.list({ entity: 'link', id: 'bpc-cnmc-going-out-pilot' })
    expect(linkHistory[0]?.action).toBe('delete')

    // A rising seed version does not bring back what an editor deleted.
    await seed(connection.db)
    expect((await api.institution.list()).some((i) => i.id === 'beijing-polytechnic-college')).toBe(false)
    expect((await api.link.list()).some((l) => l.id === 'bpc-cnmc-staff-training')).toBe(false)

    // An admin restores it from its history; the restore is itself a change.
    const admin = await signedIn(connection, context, 'restorer@example.org', 'admin')
    const [deletion] = await admin.api.history.list({
      entity: 'institution',
      id: 'beijing-polytechnic-college',
    })
    expect(deletion?.action).toBe('delete')
    await admin.api.history.restore({ changeId: deletion?.id ?? '' })
    expect((await api.institution.get({ id: 'beijing-polytechnic-college' })).institution.city).toBe(
      'Beijing',
    )
    const [restore] = await admin.api.history.list({
      entity: 'institution',
      id: 'beijing-polytechnic-college',
    })
    expect(restore).toMatchObject({ action: 'restore', user: { email: 'restorer@example.org' } })
  })

  it('keeps an editor’s change to a seeded record when the seed runs again', async () => {
    const { api } = await signedIn(connection, context, 'seedkeeper@example.org', 'editor')
    const opened = await api.institution.record({ id: 'beihang-university' })
    await api.institution.update({
      version: opened.version,
      record: { ...opened.record, altNames: ['BUAA', 'Beihang'] },
    })
    await seed(connection.db)
    expect((await api.institution.record({ id: 'beihang-university' })).record.altNames).toEqual([
      'BUAA',
      'Beihang',
    ])
  })

  it('dates a membership: the membership link ends when the member left', async () => {
    const { api } = await signedIn(connection, context, 'members@example.org', 'editor')
    const opened = await api.group.record({ id: 'sino-polish-university-consortium' })
    const members = opened.record.members.map((m) =>
      m.institutionId === 'lodz-university-of-technology' ? { ...m, joined: '2017-03', left: '2020' } : m,
    )
    await api.group.update({ version: opened.version, record: { ...opened.record, members } })
    const link = (await api.link.list()).find(
      (l) =>
        l.groupId === 'sino-polish-university-consortium' && l.fromId === 'lodz-university-of-technology',
    )
    expect(link).toMatchObject({
      startDate: '2017-03-01',
      endDate: '2020-01-01',
      endPrecision: 'year',
      status: 'ended',
    })
    const direct = await rejection(api.link.delete({ id: link?.id ?? '', version: 1 }))
    expect(direct.message).toMatch(/change it through the group/)
  })
})

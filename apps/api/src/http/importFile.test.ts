import { addAccount, TEST_PASSWORD } from '@atlas/api/testing'
import type { Connection } from '@atlas/db'
import { openTestDatabase, testEngines } from '@atlas/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve } from '../testing/serve'

const WEB_CLIENT = { 'x-atlas-client': 'web' }

const GOOD = [
  'name,kind,country,city,lat,lon,source',
  'University of Zambia,university,ZM,Lusaka,-15.3875,28.3228,bpc-international-about',
  'Copperbelt University,university,ZM,Kitwe,-12.8024,28.2132,bpc-international-about',
].join('\n')

const ONE_BAD_ROW = [
  'name,kind,country,city,lat,lon,source',
  'University of Zambia,university,ZM,Lusaka,-15.3875,28.3228,bpc-international-about',
  'Misplaced University,university,ZM,Warsaw,52.23,21.01,bpc-international-about',
  'Copperbelt University,university,ZM,Kitwe,-12.8024,28.2132,bpc-international-about',
].join('\n')

type Line = { progress?: { rows: number }; report?: Report; refused?: Report }
type Report = {
  rows: number
  created: number
  issueCount: number
  issues: { line: number; column: string | null; message: string }[]
}

describe.each(testEngines())('spreadsheet import over http on %s', (engine) => {
  let connection: Connection
  let base: string
  let close: () => Promise<void>
  let cookie: string
  beforeAll(async () => {
    connection = await openTestDatabase(engine)
    ;({ base, close } = await serve(connection))
    await addAccount(connection, 'importer@example.org', 'editor')
    const signIn = await fetch(`${base}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { ...WEB_CLIENT, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'importer@example.org', password: TEST_PASSWORD }),
    })
    cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  })
  afterAll(async () => {
    await close?.()
    await connection?.close()
  })

  const post = async (
    query: string,
    body: string,
    headers: Record<string, string> = { ...WEB_CLIENT, cookie },
  ) => {
    const response = await fetch(`${base}/api/import?${query}`, { method: 'POST', headers, body })
    const text = await response.text()
    return {
      status: response.status,
      text,
      lines: response.ok
        ? text
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l) as Line)
        : [],
    }
  }
  const institutions = async () =>
    (await connection.db.selectFrom('institutions').select('id').execute()).length

  it('refuses an import without a session or from another site', async () => {
    expect((await post('kind=institutions&format=csv', GOOD, WEB_CLIENT)).status).toBe(401)
    expect((await post('kind=institutions&format=csv', GOOD, { cookie })).status).toBe(403)
    const unknownKind = await post('kind=people&format=csv', GOOD)
    expect(unknownKind.status).toBe(400)
    expect(unknownKind.text).toContain('kind')
  })

  it('reports each problem by line and column in a dry run, writing nothing', async () => {
    const before = await institutions()
    const { lines } = await post('kind=institutions&format=csv', ONE_BAD_ROW)
    const report = lines.at(-1)?.report
    expect(lines.some((l) => l.progress)).toBe(true)
    expect(report).toMatchObject({ rows: 3, created: 2, issueCount: 1 })
    expect(report?.issues[0]).toMatchObject({ line: 3 })
    expect(report?.issues[0]?.message).toMatch(/Poland/)
    expect(await institutions()).toBe(before)
  })

  it('applies all rows or none', async () => {
    const before = await institutions()
    const refused = await post('kind=institutions&format=csv&apply=1', ONE_BAD_ROW)
    expect(refused.lines.at(-1)?.refused?.issueCount).toBe(1)
    expect(await institutions()).toBe(before)

    const applied = await post('kind=institutions&format=csv&apply=1', GOOD)
    expect(applied.lines.at(-1)?.report).toMatchObject({ created: 2, issueCount: 0 })
    expect(await institutions()).toBe(before + 2)
  })
})

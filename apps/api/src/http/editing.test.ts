import { addAccount, TEST_PASSWORD } from '@atlas/api/testing'
import type { Connection } from '@atlas/db'
import { openTestDatabase, testEngines } from '@atlas/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve, trpcUrl } from '../testing/serve'

const JSON_TYPE = { 'content-type': 'application/json' }
const WEB_CLIENT = { ...JSON_TYPE, 'x-atlas-client': 'web' }

describe.each(testEngines())('changes over http on %s', (engine) => {
  let connection: Connection
  let base: string
  let close: () => Promise<void>
  beforeAll(async () => {
    connection = await openTestDatabase(engine)
    ;({ base, close } = await serve(connection))
    await addAccount(connection, 'http@example.org', 'editor')
  })
  afterAll(async () => {
    await close?.()
    await connection?.close()
  })

  const signIn = (headers: Record<string, string>) =>
    fetch(`${base}/trpc/auth.signIn`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ email: 'http@example.org', password: TEST_PASSWORD }),
    })

  it('refuses a change that a cross-site form or script could send, before reading it', async () => {
    const form = await fetch(`${base}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=http@example.org',
    })
    expect(form.status).toBe(415)
    const noHeader = await signIn(JSON_TYPE)
    expect(noHeader.status).toBe(403)
    expect(await noHeader.text()).toContain('x-atlas-client')
    const foreign = await signIn({ ...WEB_CLIENT, origin: 'https://evil.example' })
    expect(foreign.status).toBe(403)
    expect(await foreign.text()).toContain('https://evil.example')
    expect(await connection.db.selectFrom('sessions').selectAll().execute()).toHaveLength(0)
  })

  it('signs in from its own page with an HttpOnly, SameSite=Lax session cookie, and answers 401 without one', async () => {
    const anonymous = await fetch(`${base}/trpc/institution.create`, {
      method: 'POST',
      headers: WEB_CLIENT,
      body: JSON.stringify({ record: {} }),
    })
    expect(anonymous.status).toBe(401)

    const response = await signIn({ ...WEB_CLIENT, origin: base })
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^atlas_session=[\w-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/)
    const session = cookie.split(';')[0] ?? ''

    // An editor's reads are their own: never served from, or kept in, the shared answer cache.
    const me = await fetch(`${base}${trpcUrl('auth.me', undefined)}`, { headers: { cookie: session } })
    expect(await me.text()).toContain('http@example.org')
    // A signed-in read is that browser's alone: no shared cache (a CDN) may keep it.
    expect(me.headers.get('cache-control')).toBe('private, no-cache')
    expect(me.headers.get('vary')).toBe('accept-encoding, cookie')
    const stranger = await fetch(`${base}${trpcUrl('auth.me', undefined)}`)
    expect(await stranger.text()).not.toContain('http@example.org')
    expect(stranger.headers.get('cache-control')).toBe('no-cache')
  })

  it('exports the whole atlas to admins only', async () => {
    expect((await fetch(`${base}/api/export/atlas.json`)).status).toBe(401)
    const editor = await signIn({ ...WEB_CLIENT, origin: base })
    const editorCookie = (editor.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    expect((await fetch(`${base}/api/export/atlas.json`, { headers: { cookie: editorCookie } })).status).toBe(
      403,
    )
    await addAccount(connection, 'http-admin@example.org', 'admin')
    const admin = await fetch(`${base}/trpc/auth.signIn`, {
      method: 'POST',
      headers: WEB_CLIENT,
      body: JSON.stringify({ email: 'http-admin@example.org', password: TEST_PASSWORD }),
    })
    const adminCookie = (admin.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    const response = await fetch(`${base}/api/export/atlas.json`, { headers: { cookie: adminCookie } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="partnership-atlas-/)
    const dump = (await response.json()) as { format: string; tables: Record<string, unknown[]> }
    expect(dump.format).toBe('partnership-atlas')
    expect(dump.tables.institutions).toHaveLength(29)
  })
})

import type { Connection } from '@atlas/db'
import { openTestDatabase, testEngines } from '@atlas/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createContext } from '../context'
import { addAccount, browser, signedIn, TEST_PASSWORD } from '../testing/accounts'
import { rejection } from '../testing/rejection'
import type { Context } from '../trpc'

describe.each(testEngines())('sign-in on %s', (engine) => {
  let connection: Connection
  let context: Context
  beforeAll(async () => {
    connection = await openTestDatabase(engine, { seeded: false })
    context = createContext(connection)
  })
  afterAll(async () => {
    await context?.monitor.close()
    await connection?.close()
  })

  it('starts a session kept in the database, sent as an HttpOnly SameSite=Lax cookie, ended by sign-out', async () => {
    await addAccount(connection, 'ewa@example.org', 'editor')
    const cookies: string[] = []
    const { visitor, api } = browser(context)
    const setCookie = visitor.setCookie
    visitor.setCookie = (cookie) => {
      cookies.push(cookie)
      setCookie(cookie)
    }
    expect(await api.auth.me()).toBeNull()
    const account = await api.auth.signIn({ email: 'Ewa@Example.org', password: TEST_PASSWORD })
    expect(account).toMatchObject({ email: 'ewa@example.org', role: 'editor' })
    expect(cookies[0]).toMatch(/^atlas_session=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/)
    expect(await api.auth.me()).toMatchObject({ email: 'ewa@example.org' })
    const sessions = await connection.db.selectFrom('sessions').selectAll().execute()
    expect(sessions).toHaveLength(1)
    // The database keeps the token's hash, not the token.
    expect(cookies[0]).not.toContain(sessions[0]?.token_hash)

    const stolen = visitor.sessionToken
    await api.auth.signOut()
    expect(cookies.at(-1)).toMatch(/^atlas_session=; .*Max-Age=0/)
    const replay = browser(context)
    replay.visitor.sessionToken = stolen
    expect(await replay.api.auth.me()).toBeNull()
    expect(await connection.db.selectFrom('sessions').selectAll().execute()).toHaveLength(0)
  })

  it('rotates the session at sign-in: a token planted before it is worthless after', async () => {
    await addAccount(connection, 'rotate@example.org', 'editor')
    const { visitor, api } = browser(context)
    visitor.sessionToken = 'planted-token-planted-token-planted-token'
    await api.auth.signIn({ email: 'rotate@example.org', password: TEST_PASSWORD })
    expect(visitor.sessionToken).not.toBe('planted-token-planted-token-planted-token')
  })

  it('answers a wrong email and a wrong password alike, then slows the account down', async () => {
    await addAccount(connection, 'slow@example.org', 'editor')
    const { api } = browser(context, '198.51.100.7')
    const unknown = await rejection(api.auth.signIn({ email: 'nobody@example.org', password: 'whatever' }))
    const wrong = await rejection(
      api.auth.signIn({ email: 'slow@example.org', password: 'not the password' }),
    )
    expect(unknown.code).toBe('UNAUTHORIZED')
    expect(wrong.code).toBe('UNAUTHORIZED')
    expect(unknown.message).toBe(wrong.message)

    // Four more failures from other addresses: five against the account, so the next must wait two seconds.
    for (const ip of ['203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4']) {
      await rejection(browser(context, ip).api.auth.signIn({ email: 'slow@example.org', password: 'nope' }))
    }
    const slowed = await rejection(
      browser(context, '203.0.113.9').api.auth.signIn({ email: 'slow@example.org', password: TEST_PASSWORD }),
    )
    expect(slowed.code).toBe('TOO_MANY_REQUESTS')
    expect(slowed.message).toMatch(/try again in \d+ seconds/)
    const counted = await connection.db.selectFrom('sign_in_failures').selectAll().execute()
    expect(counted.find((f) => f.key === 'email:slow@example.org')?.failures).toBe(5)
  })

  it('redeems an invitation once: the person chooses a password and is signed in', async () => {
    const admin = await signedIn(connection, context, 'admin@example.org', 'admin')
    const { token } = await admin.api.user.invite({ email: 'new@example.org', role: 'editor' })
    const invitee = browser(context)
    const account = await invitee.api.auth.redeem({ token, password: 'a long enough password' })
    expect(account).toMatchObject({ email: 'new@example.org', role: 'editor' })
    expect(await invitee.api.auth.me()).toMatchObject({ email: 'new@example.org' })
    const again = await rejection(
      browser(context).api.auth.redeem({ token, password: 'another long password' }),
    )
    expect(again.message).toMatch(/unknown, used or expired/)
  })

  it('lets an admin re-role and disable editors, never an editor itself', async () => {
    const editor = await signedIn(connection, context, 'climber@example.org', 'editor')
    const me = await editor.api.auth.me()
    const refused = await rejection(editor.api.user.update({ userId: me?.id ?? '', role: 'admin' }))
    expect(refused.code).toBe('FORBIDDEN')
    expect((await editor.api.auth.me())?.role).toBe('editor')

    const admin = await signedIn(connection, context, 'admin2@example.org', 'admin')
    await admin.api.user.update({ userId: me?.id ?? '', disabled: true })
    // Disabling ends the account's sessions at once.
    expect(await editor.api.auth.me()).toBeNull()
    const users = await admin.api.user.list()
    expect(users.find((u) => u.email === 'climber@example.org')?.disabled).toBe(true)
  })
})

import type { Connection } from '@atlas/db'
import { openTestDatabase } from '@atlas/db/testing'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve, trpcUrl } from './testing/serve'

// Bounds only PostgreSQL has: a statement timeout, a pool that can be full, and locks another session can hold.
describe.runIf(process.env.DATABASE_URL)('bounds on PostgreSQL', () => {
  let connection: Connection
  let served: Awaited<ReturnType<typeof serve>>
  beforeAll(async () => {
    connection = await openTestDatabase('postgres', {
      postgres: { poolSize: 2, statementTimeoutMs: 500, acquireTimeoutMs: 300 },
    })
    served = await serve(connection, { requestTimeoutMs: 2_000 })
  })
  afterAll(async () => {
    await served?.close()
    await connection?.close()
  })

  /** Holds an exclusive lock on `links` in a transaction of its own until `release` is called. */
  async function lockLinks() {
    let release = () => {}
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    let locked = () => {}
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve
    })
    const holder = connection.db.transaction().execute(async (trx) => {
      await sql`lock table links in access exclusive mode`.execute(trx)
      locked()
      await released
    })
    await isLocked
    return async () => {
      release()
      await holder
    }
  }

  it('answers a query stuck behind a lock with 503 and Retry-After once the statement times out, not a hang', async () => {
    const unlock = await lockLinks()
    try {
      const started = Date.now()
      const response = await fetch(served.base + trpcUrl('link.list', { linkKinds: ['joint_institute'] }))
      const took = Date.now() - started
      console.log(
        `a query behind a lock answered ${response.status} after ${took} ms (statement timeout 500 ms)`,
      )
      expect(response.status).toBe(503)
      expect(response.headers.get('retry-after')).toBe('1')
      expect(await response.text()).toContain('busy')
      expect(took).toBeLessThan(2_000)
      expect((await fetch(`${served.base}/healthz`)).status).toBe(200)
    } finally {
      await unlock()
    }
    expect((await fetch(served.base + trpcUrl('link.list', { linkKinds: ['joint_institute'] }))).status).toBe(
      200,
    )
  })

  it('refuses a request beyond the requests it serves at once with 503 at once, health excepted', async () => {
    const single = await serve(connection, { requestTimeoutMs: 2_000, maxInFlight: 1 })
    const unlock = await lockLinks()
    try {
      const stuck = fetch(single.base + trpcUrl('link.list', { yearFrom: 2002 }))
      await new Promise((resolve) => setTimeout(resolve, 100))
      const started = Date.now()
      const refused = await fetch(single.base + trpcUrl('initiative.list', {}))
      expect(refused.status).toBe(503)
      expect(refused.headers.get('retry-after')).toBe('1')
      expect(Date.now() - started).toBeLessThan(200)
      expect((await fetch(`${single.base}/healthz`)).status).toBe(200)
      expect((await stuck).status).toBe(503)
    } finally {
      await unlock()
      await single.close()
    }
  })

  it('calls a full pool busy (503 with Retry-After), and health stays 200', async () => {
    // The lock holds one of the two pooled connections; a query behind it holds the other.
    const unlock = await lockLinks()
    try {
      const stuck = fetch(served.base + trpcUrl('link.list', { yearFrom: 2001 }))
      await new Promise((resolve) => setTimeout(resolve, 100))
      const response = await fetch(served.base + trpcUrl('institution.list', { countries: ['ES'] }))
      expect(response.status).toBe(503)
      expect(response.headers.get('retry-after')).toBe('1')
      expect(await response.text()).toContain('busy')
      const health = await fetch(`${served.base}/healthz`)
      expect(health.status).toBe(200)
      expect((await stuck).status).toBe(503)
    } finally {
      await unlock()
    }
  })
})

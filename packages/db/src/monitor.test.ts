import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Connection, connect } from './connect'
import type { DatabaseMonitor } from './monitor'
import { openTestDatabase, testEngines } from './testing'

async function until(condition: () => boolean, timeoutMs = 5_000) {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('the condition did not hold in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe.each(testEngines())('the database monitor on %s', (engine) => {
  let connection: Connection
  let monitor: DatabaseMonitor
  beforeAll(async () => {
    connection = await openTestDatabase(engine)
    monitor = connection.monitor()
    await monitor.ready
    await until(() => monitor.listening)
  })
  afterAll(async () => {
    await monitor?.close()
    await connection?.close()
  })

  it('sees the database answer', () => {
    expect(monitor.reachable).toBe(true)
  })

  it('moves the generation on every write, whatever the table', async () => {
    for (const write of [
      () => connection.db.updateTable('sources').set({ publisher: 'x' }).where('id', '=', 'none').execute(),
      () =>
        connection.db
          .updateTable('institutions')
          .set({ city: 'Łódź' })
          .where('id', '=', 'lodz-university-of-technology')
          .execute(),
      () => connection.db.deleteFrom('tour_stops').where('tour_id', '=', 'none').execute(),
    ]) {
      const before = monitor.generation
      await write()
      await until(() => monitor.generation > before)
    }
  })

  it('leaves the generation alone on reads', async () => {
    const before = monitor.generation
    await connection.db.selectFrom('links').select('id').execute()
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(monitor.generation).toBe(before)
  })
})

describe('the monitor of a PostgreSQL that cannot be reached', () => {
  it('says so once it has probed, and tells its listener why', async () => {
    const connection = await connect({ engine: 'postgres', url: 'postgres://postgres@127.0.0.1:1/atlas' })
    const told: boolean[] = []
    const monitor = connection.monitor((reachable) => told.push(reachable))
    try {
      await monitor.ready
      expect(monitor.reachable).toBe(false)
      expect(monitor.listening).toBe(false)
      expect(told).toEqual([false])
    } finally {
      await monitor.close()
      await connection.close()
    }
  })
})

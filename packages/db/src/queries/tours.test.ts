import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Connection } from '../connect'
import { seedDataset } from '../seed/dataset'
import { openTestDatabase, testEngines } from '../testing'
import { findTour, listTours } from './tours'

describe.each(testEngines())('tours on %s', (engine) => {
  let connection: Connection
  beforeAll(async () => {
    connection = await openTestDatabase(engine)
  })
  afterAll(() => connection.close())

  it('gives each seeded tour back as the seed data has it, what each stop is about included', async () => {
    const seeded = seedDataset().tours
    expect((await listTours(connection.db)).map((tour) => tour.id)).toEqual(seeded.map((tour) => tour.id))
    for (const tour of seeded) expect(await findTour(connection.db, tour.id)).toEqual(tour)
  })

  it('reads a stop stored before stops named their subjects without a focus, and a pinned one as pinned', async () => {
    const [tour] = seedDataset().tours
    if (!tour) throw new Error('no seeded tour')
    const stored = (position: number, values: { focus?: null; pinned?: boolean }) =>
      connection.db
        .updateTable('tour_stops')
        .set(values)
        .where('tour_id', '=', tour.id)
        .where('position', '=', position)
        .execute()
    await stored(0, { focus: null })
    await stored(1, { pinned: true })
    const [first, second] = (await findTour(connection.db, tour.id))?.stops ?? []
    expect(first).not.toHaveProperty('focus')
    expect(first).not.toHaveProperty('pinned')
    expect(second?.pinned).toBe(true)
  })
})

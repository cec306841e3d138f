import { connect, migrateToLatest, seedIfNew } from '@atlas/db'
import type { LatLng } from '../generate/distance'

/**
 * The campuses of the seed data, which every loaded database holds before the bench's files: the generator keeps
 * its campuses away from them, as the import refuses one within a kilometre of another. Read from a seeded PGlite
 * in memory, the seed's own way into a database, rather than from its files.
 */
export async function seedCampuses(): Promise<LatLng[]> {
  const connection = await connect({ engine: 'pglite' })
  try {
    await migrateToLatest(connection.db)
    await seedIfNew(connection.db)
    const rows = await connection.db
      .selectFrom('institutions')
      .select(['lat', 'lon'])
      .where('precision', '=', 'campus')
      .execute()
    return rows.map((row) => ({ lat: row.lat, lng: row.lon }))
  } finally {
    await connection.close()
  }
}

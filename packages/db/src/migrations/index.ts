import type { Migration, MigrationProvider } from 'kysely'
import * as m0001 from './0001_initial'
import * as m0002 from './0002_tours'

// Imported explicitly rather than scanned from the folder, so the migrations survive bundling.
const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_tours': m0002,
}

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
}

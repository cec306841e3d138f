import type { Migration, MigrationProvider } from 'kysely'
import * as m0001 from './0001_initial'
import * as m0002 from './0002_tours'
import * as m0003 from './0003_change_notices'

// Imported explicitly rather than scanned from the folder, so the migrations survive bundling.
const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_tours': m0002,
  '0003_change_notices': m0003,
}

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
}

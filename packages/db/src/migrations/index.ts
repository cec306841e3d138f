import type { Migration, MigrationProvider } from 'kysely'
import * as m0001 from './0001_initial'
import * as m0002 from './0002_tours'
import * as m0003 from './0003_change_notices'
import * as m0004 from './0004_own_initiatives'
import * as m0005 from './0005_source_texts'
import * as m0006 from './0006_tour_framing'
import * as m0007 from './0007_group_founding_place'
import * as m0008 from './0008_editors'
import * as m0009 from './0009_filter_indexes'
import * as m0010 from './0010_translations'

// Imported explicitly rather than scanned from the folder, so the migrations survive bundling.
const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_tours': m0002,
  '0003_change_notices': m0003,
  '0004_own_initiatives': m0004,
  '0005_source_texts': m0005,
  '0006_tour_framing': m0006,
  '0007_group_founding_place': m0007,
  '0008_editors': m0008,
  '0009_filter_indexes': m0009,
  '0010_translations': m0010,
}

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
}

import { foldForSearch } from '@atlas/schema'
import type { Kysely } from 'kysely'
import type { Database } from '../types'
import { PointGrid } from './nearby'

/** An existing institution as a duplicate warning names it. */
export interface KnownInstitution {
  id: string
  name: string
}

/**
 * What an import needs of the institutions already in the atlas, held for the run: ids, exact names (which a
 * links or members file may write for an id) and, for an institutions file, folded names and campus points to
 * find duplicates. A few dozen bytes an institution, whatever the size of the file.
 */
export interface InstitutionIndex {
  ids: ReadonlySet<string>
  /** Each exact name and native name, with the ids of the institutions that bear it. */
  byName: ReadonlyMap<string, readonly string[]>
  /** Every name, native name and other name, folded as search folds them. */
  byFoldedName: ReadonlyMap<string, KnownInstitution>
  /** Institutions placed at their campus; a point at city precision is the city's, not the institution's. */
  campuses: PointGrid<KnownInstitution>
}

/** Reads the institution index once per import, before the first row. */
export async function loadInstitutionIndex(db: Kysely<Database>): Promise<InstitutionIndex> {
  const rows = await db
    .selectFrom('institutions')
    .select(['id', 'name', 'native_name', 'alt_names', 'lon', 'lat', 'precision'])
    .execute()
  const byName = new Map<string, string[]>()
  const byFoldedName = new Map<string, KnownInstitution>()
  const campuses = new PointGrid<KnownInstitution>()
  for (const row of rows) {
    const known = { id: row.id, name: row.name }
    for (const name of [row.name, row.native_name]) {
      if (name) byName.set(name, [...(byName.get(name) ?? []), row.id])
    }
    for (const name of [row.name, row.native_name, ...row.alt_names]) {
      const folded = name ? foldForSearch(name) : ''
      if (folded && !byFoldedName.has(folded)) byFoldedName.set(folded, known)
    }
    if (row.precision === 'campus') campuses.add(row.lon, row.lat, known)
  }
  return { ids: new Set(rows.map((row) => row.id)), byName, byFoldedName, campuses }
}

/** The sources a row may cite: by id, or by their exact address. */
export interface SourceIndex {
  ids: ReadonlySet<string>
  byUrl: ReadonlyMap<string, string>
}

/** Reads the sources' ids and addresses once per import: an atlas cites thousands of sources, not millions. */
export async function loadSourceIndex(db: Kysely<Database>): Promise<SourceIndex> {
  const rows = await db.selectFrom('sources').select(['id', 'url']).execute()
  const byUrl = new Map<string, string>()
  for (const row of rows) if (row.url && !byUrl.has(row.url)) byUrl.set(row.url, row.id)
  return { ids: new Set(rows.map((row) => row.id)), byUrl }
}

/** The ids of every link, so that an id made for a new link is one no link has. */
export async function loadLinkIds(db: Kysely<Database>): Promise<ReadonlySet<string>> {
  const rows = await db.selectFrom('links').select('id').execute()
  return new Set(rows.map((row) => row.id))
}

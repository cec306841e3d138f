import {
  foldForSearch,
  type Institution,
  type InstitutionFilter,
  type InstitutionSummary,
  NO_FILTER,
} from '@atlas/schema'
import type { Kysely } from 'kysely'
import type { Database, InstitutionRow } from '../types'
import { isIn } from './isIn'
import { linkMatches } from './links'

const SUMMARY_COLUMNS = [
  'id',
  'name',
  'native_name',
  'alt_names',
  'kind',
  'country',
  'city',
  'lon',
  'lat',
  'precision',
] as const

type SummaryRow = Pick<InstitutionRow, (typeof SUMMARY_COLUMNS)[number]>

function toSummary(row: SummaryRow): InstitutionSummary {
  return {
    id: row.id,
    name: row.name,
    nativeName: row.native_name,
    altNames: row.alt_names,
    kind: row.kind,
    country: row.country,
    city: row.city,
    lon: row.lon,
    lat: row.lat,
    precision: row.precision,
  }
}

/** `like` pattern that matches the folded text anywhere, with the user's % and _ taken literally. */
function containsPattern(text: string): string {
  return `%${foldForSearch(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

export async function listInstitutions(
  db: Kysely<Database>,
  filter: InstitutionFilter = {},
): Promise<InstitutionSummary[]> {
  let query = db.selectFrom('institutions').select(SUMMARY_COLUMNS).orderBy('name')
  const { countries, kinds, initiatives } = filter
  if (countries) query = query.where((eb) => isIn(eb, 'country', countries))
  if (kinds) query = query.where((eb) => isIn(eb, 'kind', kinds))
  if (filter.q?.trim()) query = query.where('search_text', 'like', containsPattern(filter.q))
  if (initiatives) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('links')
          .select(eb.lit(1).as('one'))
          .where((inner) =>
            inner.or([
              inner('links.from_id', '=', inner.ref('institutions.id')),
              inner('links.to_id', '=', inner.ref('institutions.id')),
            ]),
          )
          .where((inner) => linkMatches(inner, { ...NO_FILTER, initiatives })),
      ),
    )
  }
  return (await query.execute()).map(toSummary)
}

export async function listInstitutionsById(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<InstitutionSummary[]> {
  if (ids.length === 0) return []
  const rows = await db
    .selectFrom('institutions')
    .select(SUMMARY_COLUMNS)
    .where('id', 'in', [...ids])
    .orderBy('name')
    .execute()
  return rows.map(toSummary)
}

export async function findInstitution(db: Kysely<Database>, id: string): Promise<Institution | undefined> {
  const row = await db
    .selectFrom('institutions')
    .select([...SUMMARY_COLUMNS, 'website', 'coordinate_source_id'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) return undefined
  const [sources, facts] = await Promise.all([
    db
      .selectFrom('institution_sources')
      .select('source_id')
      .where('institution_id', '=', id)
      .orderBy('source_id')
      .execute(),
    db
      .selectFrom('facts')
      .select(['id', 'label', 'text', 'value', 'source_id', 'excerpt'])
      .where('institution_id', '=', id)
      .orderBy('position')
      .execute(),
  ])
  return {
    ...toSummary(row),
    website: row.website,
    sourceIds: sources.map((s) => s.source_id),
    coordinateSourceId: row.coordinate_source_id,
    facts: facts.map((f) => ({
      id: f.id,
      label: f.label,
      text: f.text,
      value: f.value,
      sourceId: f.source_id,
      excerpt: f.excerpt,
    })),
  }
}

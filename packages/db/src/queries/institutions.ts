import {
  foldForSearch,
  type Institution,
  type InstitutionFilter,
  type InstitutionSummary,
  NO_FILTER,
} from '@atlas/schema'
import type { Kysely } from 'kysely'
import { institutionsById } from '../records/byId'
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

/** One institution whole: its sources and facts too. */
export async function findInstitution(db: Kysely<Database>, id: string): Promise<Institution | undefined> {
  return (await institutionsById(db, [id])).get(id)
}

import { isDeepStrictEqual } from 'node:util'
import { outsideCountry } from '@atlas/geo'
import { foldForSearch, type Institution, type InstitutionImportRow } from '@atlas/schema'
import type { Kysely } from 'kysely'
import { type ChangeEntry, recordChanges } from '../history/recordChange'
import { institutionsById } from '../records/byId'
import { institutionRows } from '../records/rows'
import type { Database } from '../types'
import type { BatchWriter, ImportContext, KindHandler, LineRow } from './kindHandler'
import { writeNothing } from './kindHandler'
import type { InstitutionIndex } from './knownRecords'
import { PointGrid } from './nearby'
import { slugOf, uniqueSlug } from './slug'
import { type SourcePlanner, writeSources } from './sources'

/** Two campuses closer than this are taken for one institution entered twice. */
const DUPLICATE_KM = 1

/**
 * Institutions files: each row creates an institution, or updates the one its id names. A new row is checked
 * against the atlas and the rows above it for the same name or a campus within a kilometre. The file's rows are
 * not kept: only their ids, folded names and campus points.
 */
export function institutionsHandler(
  context: ImportContext,
  known: InstitutionIndex,
  sources: SourcePlanner,
): KindHandler<InstitutionImportRow> {
  const { issues, tally, columns } = context
  const lineOfId = new Map<string, number>()
  const lineOfName = new Map<string, number>()
  const campuses = new PointGrid<number>()

  /** Reports the institution a new row would duplicate, in the atlas or above it in the file. */
  function checkDuplicate(row: InstitutionImportRow, names: readonly RowName[], line: number): void {
    for (const { column, name, folded } of names) {
      const existing = known.byFoldedName.get(folded)
      const earlier = lineOfName.get(folded)
      if (existing) {
        issues.add(
          line,
          column,
          `"${name}" is the name of "${existing.name}" (${existing.id}), which is already in the atlas; to update it, write its id in the id column`,
        )
        return
      }
      if (earlier !== undefined) {
        issues.add(line, column, `"${name}" is already the name of line ${earlier}`)
        return
      }
    }
    if (row.precision !== 'campus') return
    const existing = known.campuses.nearest(row.lon, row.lat, DUPLICATE_KM)
    const earlier = campuses.nearest(row.lon, row.lat, DUPLICATE_KM)
    if (existing) {
      issues.add(
        line,
        'lat',
        `the campus at ${row.lat}, ${row.lon} is ${formatKm(existing.km)} from that of "${existing.value.name}" (${existing.value.id}), which is already in the atlas; if it is the same institution, write its id in the id column to update it`,
      )
    } else if (earlier) {
      issues.add(
        line,
        'lat',
        `the campus at ${row.lat}, ${row.lon} is ${formatKm(earlier.km)} from that of line ${earlier.value}`,
      )
    }
  }

  /** Remembers what later rows are checked against. */
  function remember(row: InstitutionImportRow, names: readonly RowName[], id: string, line: number): void {
    if (!lineOfId.has(id)) lineOfId.set(id, line)
    for (const { folded } of names) if (!lineOfName.has(folded)) lineOfName.set(folded, line)
    if (row.precision === 'campus') campuses.add(row.lon, row.lat, line)
  }

  return {
    async checkBatch(rows: readonly LineRow<InstitutionImportRow>[]): Promise<BatchWriter> {
      const updatedIds = rows.flatMap(({ row }) => (row.id && known.ids.has(row.id) ? [row.id] : []))
      const stored = await institutionsById(context.db, updatedIds)
      const created: Institution[] = []
      const updated: { before: Institution; after: Institution }[] = []
      for (const { line, row } of rows) {
        const problems = issues.count
        const sourceId = sources.resolve(row.source, line)
        const outside = outsideCountry(row.lon, row.lat, row.country)
        if (outside) issues.add(line, 'lat', outside)
        const before = row.id ? stored.get(row.id) : undefined
        const earlier = row.id ? lineOfId.get(row.id) : undefined
        if (row.id && earlier !== undefined)
          issues.add(line, 'id', `the id "${row.id}" is already used on line ${earlier}`)
        const id =
          row.id ?? uniqueSlug(slugOf(row.name, 'institution'), (id) => known.ids.has(id) || lineOfId.has(id))
        const names = rowNames(row)
        if (!before) checkDuplicate(row, names, line)
        remember(row, names, id, line)
        if (issues.count > problems || !sourceId) continue
        if (!before) {
          created.push(newInstitution(row, id, sourceId))
          tally.created += 1
          continue
        }
        const after = updatedInstitution(before, row, sourceId, columns)
        if (isDeepStrictEqual(before, after)) {
          tally.unchanged += 1
        } else {
          updated.push({ before, after })
          tally.updated += 1
        }
      }
      const newSources = sources.takeNew()
      return async (trx, userId) => {
        await writeSources(trx, userId, newSources)
        await writeInstitutions(trx, [...created, ...updated.map((u) => u.after)])
        await recordChanges(trx, userId, [
          ...created.map(
            (after): ChangeEntry => ({
              entity: 'institution',
              recordId: after.id,
              action: 'create',
              before: null,
              after,
            }),
          ),
          ...updated.map(
            ({ before, after }): ChangeEntry => ({
              entity: 'institution',
              recordId: after.id,
              action: 'update',
              before,
              after,
            }),
          ),
        ])
      }
    },
    finish: async () => writeNothing,
  }
}

/** A row's name and native name, each with its column and folded as search folds it. */
interface RowName {
  column: 'name' | 'native_name'
  name: string
  folded: string
}

function rowNames(row: InstitutionImportRow): RowName[] {
  const names: RowName[] = [{ column: 'name', name: row.name, folded: foldForSearch(row.name) }]
  if (row.native_name) {
    names.push({ column: 'native_name', name: row.native_name, folded: foldForSearch(row.native_name) })
  }
  return names
}

function newInstitution(row: InstitutionImportRow, id: string, sourceId: string): Institution {
  return {
    id,
    name: row.name,
    nativeName: row.native_name ?? null,
    altNames: row.alt_names ?? [],
    kind: row.kind,
    country: row.country,
    city: row.city,
    lon: row.lon,
    lat: row.lat,
    precision: row.precision ?? 'city',
    website: row.website ?? null,
    sourceIds: [sourceId],
    coordinateSourceId: sourceId,
    facts: [],
  }
}

/**
 * The institution as the row leaves it: the row's values for the columns the file has, the rest as they were;
 * the row's source added to the record's, and made the coordinate's source when the place changes.
 */
function updatedInstitution(
  before: Institution,
  row: InstitutionImportRow,
  sourceId: string,
  columns: ReadonlySet<string>,
): Institution {
  const given = <T>(column: string, value: T, old: T): T => (columns.has(column) ? value : old)
  const place = {
    country: row.country,
    city: row.city,
    lon: row.lon,
    lat: row.lat,
    precision: given('precision', row.precision ?? 'city', before.precision),
  }
  const moved = (Object.keys(place) as (keyof typeof place)[]).some((key) => place[key] !== before[key])
  return {
    ...before,
    ...place,
    name: row.name,
    nativeName: given('native_name', row.native_name ?? null, before.nativeName),
    altNames: given('alt_names', row.alt_names ?? [], before.altNames),
    kind: row.kind,
    website: given('website', row.website ?? null, before.website),
    sourceIds: before.sourceIds.includes(sourceId)
      ? before.sourceIds
      : [...before.sourceIds, sourceId].sort(),
    coordinateSourceId: moved ? sourceId : before.coordinateSourceId,
  }
}

/** Inserts new institutions and rewrites updated ones (raising their version) in one statement per table. */
async function writeInstitutions(trx: Kysely<Database>, institutions: readonly Institution[]): Promise<void> {
  if (institutions.length === 0) return
  const rows = institutions.map(institutionRows)
  await trx
    .insertInto('institutions')
    .values(rows.map((r) => r.institution))
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        native_name: eb.ref('excluded.native_name'),
        alt_names: eb.ref('excluded.alt_names'),
        kind: eb.ref('excluded.kind'),
        country: eb.ref('excluded.country'),
        city: eb.ref('excluded.city'),
        lon: eb.ref('excluded.lon'),
        lat: eb.ref('excluded.lat'),
        precision: eb.ref('excluded.precision'),
        website: eb.ref('excluded.website'),
        coordinate_source_id: eb.ref('excluded.coordinate_source_id'),
        search_text: eb.ref('excluded.search_text'),
        version: eb('institutions.version', '+', 1),
      })),
    )
    .execute()
  await trx
    .insertInto('institution_sources')
    .values(rows.flatMap((r) => r.sources))
    .onConflict((oc) => oc.doNothing())
    .execute()
}

function formatKm(km: number): string {
  return km < 0.1 ? `${Math.round(km * 1000)} m` : `${km.toFixed(1)} km`
}

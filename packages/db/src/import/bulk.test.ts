import { Readable } from 'node:stream'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Connection } from '../connect'
import { openTestDatabase, testEngines } from '../testing'
import { addEditor } from './fixtures'
import { applyImport, planImport } from './index'
import type { ImportInput } from './runImport'

/**
 * Ten of the import's batches: enough that what it keeps of each row outweighs what it holds whatever the length,
 * so that a heap bound per row tells an import that streams from one that keeps its rows.
 */
const ROWS = 10_000
/** Campuses 1.2 km apart: as close as they come without being taken for duplicates (under 1 km). */
const SPACING_KM = 1.2
const KM_PER_DEGREE = 111.2
/**
 * Capitals far inland and far from the seed's campuses, so every point of the grid around each (±30 km) is in the
 * country.
 */
const CAPITALS = [
  { country: 'ES', city: 'Madrid', lat: 40.4168, lon: -3.7038 },
  { country: 'FR', city: 'Paris', lat: 48.8566, lon: 2.3522 },
  { country: 'TR', city: 'Ankara', lat: 39.9334, lon: 32.8597 },
  { country: 'BR', city: 'Brasília', lat: -15.7939, lon: -47.8828 },
] as const
const PER_CAPITAL = ROWS / CAPITALS.length
const SIDE = Math.ceil(Math.sqrt(PER_CAPITAL))
/** Heap the import may grow by whatever the length of the file: a batch, the atlas's indexes. */
const FIXED_MB = 4
/**
 * Heap it may grow by for each row of the file: the row's id, folded name and campus point take some 470 bytes;
 * holding the parsed row as well would take some 900 more, and go over.
 */
const BYTES_PER_ROW = 700
const HEAP_BOUND_MB = FIXED_MB + (ROWS * BYTES_PER_ROW) / 2 ** 20

/** Row `i` of the file: a campus on a grid around one of the capitals. */
function row(i: number): string {
  const capital = CAPITALS[i % CAPITALS.length] ?? CAPITALS[0]
  const cell = Math.floor(i / CAPITALS.length)
  const lat = capital.lat + ((Math.floor(cell / SIDE) - SIDE / 2) * SPACING_KM) / KM_PER_DEGREE
  const lon =
    capital.lon +
    (((cell % SIDE) - SIDE / 2) * SPACING_KM) / (KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180))
  return `Politècnica ${capital.city} ${i},institute,${capital.country},${capital.city},${lat.toFixed(5)},${lon.toFixed(5)},campus,Bulk register,https://example.org/register\n`
}

/** The file, generated as it is read: the test holds no more of it than the import does. */
function bulkFile(): ImportInput {
  function* chunks() {
    yield 'name,kind,country,city,lat,lon,precision,source_title,source_url\n'
    for (let start = 0; start < ROWS; start += 500) {
      yield Array.from({ length: Math.min(500, ROWS - start) }, (_, k) => row(start + k)).join('')
    }
  }
  return { kind: 'institutions', format: 'csv', open: () => Readable.from(chunks()) }
}

/**
 * A full garbage collection, so that a sample of the heap counts what the import holds rather than garbage not
 * yet collected: V8 exposes `gc` to a new context once the flag is set, as `--expose-gc` would.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc')
  const gc: unknown = runInNewContext('gc')
  if (typeof gc === 'function') gc()
}

/** Batches between two samples of the heap, each after a collection: five samples over the file. */
const SAMPLE_EVERY = 2

/**
 * Runs the import, sampling the heap after a collection every few batches: the growth over the heap at the start
 * is what the import holds (its indexes of the atlas and of the file's ids, names and points), in MB.
 */
async function measured<T>(run: (onProgress: () => void) => Promise<T>) {
  collectGarbage()
  const start = process.memoryUsage().heapUsed
  let peak = start
  let batches = 0
  const began = performance.now()
  const result = await run(() => {
    batches += 1
    if (batches % SAMPLE_EVERY !== 0) return
    collectGarbage()
    peak = Math.max(peak, process.memoryUsage().heapUsed)
  })
  return { result, seconds: (performance.now() - began) / 1000, growthMb: (peak - start) / 2 ** 20 }
}

describe.each(testEngines())('a 10,000-row institutions file on %s', (engine) => {
  let connection: Connection

  beforeAll(async () => {
    connection = await openTestDatabase(engine)
  })

  afterAll(async () => {
    await connection?.close()
  })

  // Its time is printed, not asserted: speed goals are measured, not timed in tests (a busy CI machine is slower).
  it('plans and applies in bounded memory', { timeout: 300_000 }, async () => {
    const editor = await addEditor(connection.db, 'bulk-importer')
    const plan = await measured((onProgress) => planImport(connection.db, bulkFile(), { onProgress }))
    expect(plan.result).toMatchObject({ rows: ROWS, created: ROWS, newSources: 1, issueCount: 0 })
    const apply = await measured((onProgress) =>
      applyImport(connection.db, bulkFile(), editor, { onProgress }),
    )
    expect(apply.result).toEqual(plan.result)
    console.info(
      `${engine}: ${ROWS} rows planned in ${plan.seconds.toFixed(1)} s (heap +${plan.growthMb.toFixed(1)} MB), ` +
        `applied in ${apply.seconds.toFixed(1)} s (heap +${apply.growthMb.toFixed(1)} MB)`,
    )
    const count = await connection.db
      .selectFrom('changes')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('user_id', '=', editor)
      .executeTakeFirstOrThrow()
    expect(Number(count.n)).toBe(ROWS + 1)
    expect(plan.growthMb).toBeLessThan(HEAP_BOUND_MB)
    expect(apply.growthMb).toBeLessThan(HEAP_BOUND_MB)
  })
})

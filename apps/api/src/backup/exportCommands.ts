import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { type Connection, dumpToCsv, exportDatabase, importDump, migrateToLatest } from '@atlas/db'
import { connectConfigured } from '../database'

type DatabaseEnv = Parameters<typeof connectConfigured>[0]

/** The file of an export that `import` reads; the CSV files beside it are for people and spreadsheets. */
export const EXPORT_FILE = 'atlas.json'

/**
 * `export DIR`: every exported table into DIR/atlas.json (what `import` reads, on either engine) and one CSV file
 * per table. Sign-in state is left out (see the dump's table rules); the database is not changed.
 */
export async function exportCommand(env: DatabaseEnv, args: readonly string[]): Promise<number> {
  const [dir, ...extra] = args
  if (!dir || extra.length > 0) {
    console.error('usage: export DIR')
    return 2
  }
  const folder = resolve(dir)
  const dump = await onDatabase(env, (connection) => exportDatabase(connection.db))
  await mkdir(folder, { recursive: true })
  await writeFile(join(folder, EXPORT_FILE), `${JSON.stringify(dump, null, 2)}\n`)
  for (const [table, csv] of Object.entries(dumpToCsv(dump))) {
    // The byte order mark makes Excel read the file as UTF-8 (Łódź, 北京 rather than mojibake), as the web's CSV does.
    await writeFile(join(folder, `${table}.csv`), csv ? `\uFEFF${csv}` : '')
  }
  const rows = Object.values(dump.tables).reduce((sum, table) => sum + (table?.length ?? 0), 0)
  console.log(
    `exported ${rows} rows of ${Object.keys(dump.tables).length} tables (at migration ${dump.migration}) ` +
      `to ${join(folder, EXPORT_FILE)}, with a CSV file per table beside it`,
  )
  return 0
}

/**
 * `import FILE`: an export's atlas.json into the configured database, which must be empty: it is migrated first
 * (not seeded), so a new database takes an export as it is. All or nothing.
 */
export async function importCommand(env: DatabaseEnv, args: readonly string[]): Promise<number> {
  const [file, ...extra] = args
  if (!file || extra.length > 0) {
    console.error(`usage: import FILE (the ${EXPORT_FILE} of an export)`)
    return 2
  }
  let dump: unknown
  try {
    dump = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`${file} cannot be read as JSON: ${reason}`, { cause: error })
  }
  const written = await onDatabase(env, async (connection) => {
    await migrateToLatest(connection.db)
    return importDump(connection.db, dump)
  })
  const rows = [...written.values()].reduce((sum, count) => sum + count, 0)
  console.log(`imported ${rows} rows into ${written.size} tables from ${resolve(file)}`)
  return 0
}

/** Opens the configured database once the arguments and files have been read, so that a mistake there costs no wait. */
async function onDatabase<T>(env: DatabaseEnv, work: (connection: Connection) => Promise<T>): Promise<T> {
  const connection = await connectConfigured(env)
  try {
    return await work(connection)
  } finally {
    await connection.close()
  }
}

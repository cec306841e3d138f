import { type Connection, openPglite, pgliteConnection } from './connect'

/**
 * A new database prepared by `prepare` (the server's migrations and seed), as the gzipped tar of its data folder that
 * `connect` starts a new data folder from: made once at build time, it spares every first start PGlite's initdb and
 * the work of `prepare`, several seconds of WebAssembly. Made in memory with the settings of a data folder's PGlite.
 */
export async function makeDataDirTemplate(
  prepare: (connection: Connection) => Promise<void>,
): Promise<Uint8Array> {
  const pglite = await openPglite()
  const connection = pgliteConnection(pglite)
  try {
    await prepare(connection)
    // The copy is taken while PGlite runs: what the checkpoint wrote is all that a start from it has to recover.
    await pglite.exec('checkpoint')
    return new Uint8Array(await (await pglite.dumpDataDir('gzip')).arrayBuffer())
  } finally {
    await connection.close()
  }
}

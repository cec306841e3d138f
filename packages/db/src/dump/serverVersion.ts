import type { Kysely } from 'kysely'
import type { Database } from '../types'

/** The major version of the PostgreSQL server (15 for 15.4), to pick client tools such as pg_dump that match it. */
export async function serverMajorVersion(db: Kysely<Database>): Promise<number> {
  const { version } = await db
    .selectNoFrom((eb) => eb.fn<string>('current_setting', [eb.val('server_version_num')]).as('version'))
    .executeTakeFirstOrThrow()
  return Math.floor(Number(version) / 10_000)
}

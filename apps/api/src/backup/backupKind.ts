import { open } from 'node:fs/promises'

/** Which database a backup file is of: pg_dump's custom format, or the embedded database's gzipped data folder. */
export type BackupKind = 'postgres' | 'pglite'

const PG_DUMP_MAGIC = Buffer.from('PGDMP')
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b])

/** What a file's first bytes say it is, or undefined for a file that is no backup of either kind. */
export async function backupKind(file: string): Promise<BackupKind | undefined> {
  const handle = await open(file, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(
      Buffer.alloc(PG_DUMP_MAGIC.length),
      0,
      PG_DUMP_MAGIC.length,
      0,
    )
    const head = buffer.subarray(0, bytesRead)
    if (head.equals(PG_DUMP_MAGIC)) return 'postgres'
    if (head.subarray(0, GZIP_MAGIC.length).equals(GZIP_MAGIC)) return 'pglite'
    return undefined
  } finally {
    await handle.close()
  }
}

/**
 * Refuses a file that is not a backup of the configured kind, saying what it is and how it would be restored: a
 * backup is a copy of one engine's own files, while an export moves the data between engines.
 */
export async function expectBackupKind(file: string, expected: BackupKind): Promise<void> {
  const kind = await backupKind(file)
  if (kind === expected) return
  if (kind === 'postgres')
    throw new Error(
      `${file} is a backup of PostgreSQL (pg_dump): restore it with DATABASE_URL set to the database to replace, ` +
        'or move the data with export and import',
    )
  if (kind === 'pglite')
    throw new Error(
      `${file} is a backup of the embedded database: restore it without DATABASE_URL (into DATA_DIR), ` +
        'or move the data with export and import',
    )
  throw new Error(
    `${file} is not a backup of the atlas (pg_dump's custom format, or the embedded database's)`,
  )
}

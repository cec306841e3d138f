import { mkdir, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * Writes a file through a temporary one beside it, renamed into place once complete, so that a backup that fails
 * halfway never leaves a truncated file under the name of a good one (nor replaces the last good one).
 */
export async function writeAtomically(
  file: string,
  write: (path: string) => Promise<unknown>,
): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  const partial = `${file}.partial-${process.pid}`
  try {
    await write(partial)
    await rename(partial, file)
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
}

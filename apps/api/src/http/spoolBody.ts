import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import type { IncomingMessage } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { BodyTooLarge } from './readBody'

/**
 * The request's body written to a temporary file, up to `limit` bytes: an uploaded spreadsheet is read twice (the
 * checks, then the writes) without ever being held in memory. `remove` deletes it.
 */
export async function spoolBody(
  req: IncomingMessage,
  limit: number,
): Promise<{ path: string; bytes: number; remove: () => Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), 'atlas-upload-'))
  const remove = () => rm(folder, { recursive: true, force: true })
  const path = join(folder, 'upload')
  let bytes = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length
      done(bytes > limit ? new BodyTooLarge(limit) : null, chunk)
    },
  })
  try {
    await pipeline(req, counter, createWriteStream(path))
  } catch (error) {
    await remove()
    throw error
  }
  return { path, bytes, remove }
}

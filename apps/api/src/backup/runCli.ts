import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// The bundle `node build.mjs` writes (turbo builds it before the tests); this file sits in apps/api/src/backup.
const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))

/** How a run of the command line ended. */
export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs the built command line (`node dist/cli.js ...args`) to its end, with PATH (for pg_dump) and exactly the given
 * variables besides, so that no DATABASE_URL or DATA_DIR of the machine reaches it. For tests.
 */
export function runCli(args: readonly string[], env: Record<string, string>): Promise<CliRun> {
  if (!existsSync(CLI))
    throw new Error(`${CLI} does not exist: build the server first (cd apps/api && node build.mjs)`)
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
}

import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** A PostgreSQL client program that a backup runs. */
export type PostgresTool = 'pg_dump' | 'pg_restore'

/**
 * Where packagers put the programs of one PostgreSQL version side by side (Debian and Ubuntu, the PGDG packages of
 * Red Hat, Homebrew), so that the version matching the server is found even when another one comes first on PATH.
 */
const versionedFolders = (major: number) => [
  `/usr/lib/postgresql/${major}/bin`,
  `/usr/pgsql-${major}/bin`,
  `/opt/homebrew/opt/postgresql@${major}/bin`,
  `/usr/local/opt/postgresql@${major}/bin`,
]

const COMMAND_TIMEOUT_MS = 10 * 60_000

/**
 * The path of a client program that can work with a server of this major version: that version's own where it is
 * installed, else the one on PATH if it is not older than the server (pg_dump refuses a newer server). Throws a
 * message that says what to install when there is none.
 */
export async function findPostgresTool(tool: PostgresTool, serverMajor: number): Promise<string> {
  const command = versionedFolders(serverMajor)
    .map((folder) => join(folder, tool))
    .find((path) => existsSync(path))
  const chosen = command ?? tool
  const install = `install the PostgreSQL ${serverMajor} client tools (Debian or Ubuntu: apt install postgresql-client-${serverMajor})`
  let version: string
  try {
    version = await runTool(chosen, ['--version'])
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw new Error(`${tool} was not found: ${install}`)
    throw error
  }
  const major = Number(/\)\s*(\d+)/.exec(version)?.[1])
  if (!(major >= serverMajor))
    throw new Error(
      `${chosen} is of PostgreSQL ${major || version.trim()}, older than the server's ${serverMajor}: ${install}`,
    )
  return chosen
}

/** Runs a client program to its end; its standard output, or an error carrying what it wrote to say why it failed. */
export function runTool(command: string, args: readonly string[], env?: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { env, timeout: COMMAND_TIMEOUT_MS, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout)
        if (errorCode(error) === 'ENOENT') return reject(error)
        const why = error.killed
          ? `did not finish within ${COMMAND_TIMEOUT_MS / 60_000} minutes`
          : `failed (exit ${error.code})`
        reject(new Error(`${command} ${why}: ${stderr.trim() || stdout.trim()}`))
      },
    )
  })
}

function errorCode(error: unknown): unknown {
  return error instanceof Error && 'code' in error ? error.code : undefined
}

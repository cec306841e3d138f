import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { childOutput } from './childOutput'

const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url))
const VITE = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url))

/** The web app built with its test hooks into a new folder: its dist, and how to remove it. */
export async function webBuildWithTestHooks(): Promise<{ dist: string; remove(): Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), 'atlas-e2e-web-'))
  const remove = () => rm(folder, { recursive: true, force: true })
  await buildWebWithTestHooks(join(folder, 'dist')).catch(async (error: unknown) => {
    await remove()
    throw error
  })
  return { dist: join(folder, 'dist'), remove }
}

/** `vite build` into `outDir`, as the production build is made but with the test hooks in. */
function buildWebWithTestHooks(outDir: string): Promise<void> {
  const child = spawn(
    process.execPath,
    [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: WEB_ROOT,
      env: { PATH: process.env.PATH, VITE_TEST_HOOKS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const output = childOutput(child)
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`the web app did not build (exit ${code}):\n${output()}`)),
    )
  })
}

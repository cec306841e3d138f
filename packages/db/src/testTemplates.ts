import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import type { Connection } from './connect'
import { makeDataDirTemplate } from './dataDirTemplate'
import { migrateToLatest } from './migrate'
import { seed } from './seed/seed'

/** The files of the prepared PGlite databases, as `makeDataDirTemplate` writes them, that test databases load. */
export interface TestTemplates {
  migrated: string
  seeded: string
}

declare module 'vitest' {
  interface ProvidedContext {
    pgliteTemplates: TestTemplates
  }
}

/** What a test database holds before its test starts: every migration, and the seed unless it asks for none. */
export async function prepareTestDatabase(connection: Connection, seeded: boolean): Promise<void> {
  await migrateToLatest(connection.db)
  if (seeded) await seed(connection.db)
}

/**
 * Vitest's global setup: prepares the PGlite test databases once per run, so that each test file loads a copy in
 * under a second instead of spending several seconds of WebAssembly on initdb, the migrations and the seed.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(join(tmpdir(), 'atlas-test-templates-'))
  const templates: TestTemplates = {
    migrated: join(folder, 'migrated.tgz'),
    seeded: join(folder, 'seeded.tgz'),
  }
  for (const [name, seeded] of [
    ['migrated', false],
    ['seeded', true],
  ] as const)
    await writeFile(
      templates[name],
      await makeDataDirTemplate((connection) => prepareTestDatabase(connection, seeded)),
    )
  project.provide('pgliteTemplates', templates)
  return () => rm(folder, { recursive: true, force: true })
}

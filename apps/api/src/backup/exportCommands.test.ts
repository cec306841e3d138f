// The built command line (dist/cli.js: turbo builds it before the tests; by hand, `node build.mjs` first), run as
// `pnpm db:export` and `pnpm db:import` run it, on throwaway databases of each engine.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DUMPED_TABLES, exportDatabase } from '@atlas/db'
import { testEngines } from '@atlas/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from './runCli'
import { openSharedDatabase, type SharedDatabase } from './sharedDatabase'

describe.each(testEngines())('export and import on %s', (engine) => {
  let source: SharedDatabase
  let target: SharedDatabase
  let files: string
  beforeAll(async () => {
    files = await mkdtemp(join(tmpdir(), 'atlas-exports-'))
    source = await openSharedDatabase(engine)
    target = await openSharedDatabase(engine, { seeded: false })
  })
  afterAll(async () => {
    await source?.close()
    await target?.close()
    await rm(files, { recursive: true, force: true })
  })

  it('writes atlas.json and a CSV file per table, which import into a new database as they were', async () => {
    const exported = await runCli(['export', join(files, 'export')], source.env)
    expect(exported).toMatchObject({ code: 0, stdout: expect.stringContaining('atlas.json') })
    expect((await readdir(join(files, 'export'))).sort()).toEqual(
      ['atlas.json', ...DUMPED_TABLES.map((table) => `${table}.csv`)].sort(),
    )
    const csv = await readFile(join(files, 'export', 'institutions.csv'), 'utf8')
    expect(csv).toMatch(/^\uFEFFid,name,native_name,alt_names,/)
    const dump = JSON.parse(await readFile(join(files, 'export', 'atlas.json'), 'utf8'))
    expect(dump).toMatchObject({ format: 'partnership-atlas', formatVersion: 1 })
    expect(Object.keys(dump.tables)).toEqual(DUMPED_TABLES)

    const imported = await runCli(['import', join(files, 'export', 'atlas.json')], target.env)
    expect(imported).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^imported \d+ rows into 17 tables/),
    })
    expect((await target.use(exportDatabase)).tables).toEqual(dump.tables)
  })

  it('imports only into an empty database, and says so', async () => {
    const imported = await runCli(['import', join(files, 'export', 'atlas.json')], source.env)
    expect(imported.code).toBe(1)
    expect(imported.stderr).toMatch(
      /^the database is not empty \(sources, .*\): import only into an empty database/,
    )
  })

  it('says what is wrong with a file that is not an export', async () => {
    const csv = join(files, 'export', 'links.csv')
    expect(await runCli(['import', csv], source.env)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/links\.csv cannot be read as JSON/),
    })
    expect(await runCli(['import'], source.env)).toMatchObject({ code: 2 })
  })
})

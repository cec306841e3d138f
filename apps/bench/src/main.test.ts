import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const BENCH = fileURLToPath(new URL('..', import.meta.url))
const TSX = join(BENCH, 'node_modules/.bin/tsx')

/** The rows every engine's table has at any size (labels that hold the counts or filter names only start so). */
const ROWS = [
  'load: migrate + seed',
  'load: import ',
  'load: links imported per second',
  'server ready (spawn → /healthz 200)',
  'whole: links answered',
  'whole: uncached p50',
  'whole: uncached p99',
  'whole: uncached p50 over raw',
  'whole: cached p50',
  'without bench-global-exchange: uncached p50',
  '2005–2015: uncached p99',
  '/api/link-columns whole: bytes per link, raw bytes',
  '/api/link-columns whole: bytes per link, br',
  'link.columns whole: bytes per link, br',
  'link.list whole: bytes per link, raw JSON',
  'link.list whole: bytes per link, gzip',
  'link.list whole: bytes per link, br',
  '/api/link-columns again with If-None-Match: status (ms)',
]

/**
 * The browser table's rows of the filter change: the frames drawn and their median time on each side, and the
 * atlas's script time. Printed whenever the browser half runs, with n/a for what it could not measure.
 */
const BROWSER_ROWS = [
  'productFilterFrames',
  'productFilterFrameMs',
  'productFilterScriptMs',
  'floorFilterFrames',
  'floorFilterFrameMs',
]

/**
 * Requests per figure in the smoke run: enough for a median and a slowest apart, and each figure's path runs the
 * same with three as with the benchmark's twenty.
 */
const SMOKE_TIMES = '3'

// The whole bench at S, as `pnpm bench --sizes S` runs it but for fewer requests per figure: its report, not its
// timings, is what is checked.
describe(`pnpm bench --sizes S --times ${SMOKE_TIMES}`, () => {
  let folder: string
  let report: string
  let exitCode: number | null

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'atlas-bench-smoke-'))
    const out = join(folder, 'results.md')
    const child = spawn(TSX, ['src/main.ts', '--sizes', 'S', '--times', SMOKE_TIMES, '--out', out], {
      cwd: BENCH,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    ;[exitCode] = (await once(child, 'exit')) as [number | null]
    report = await readFile(out, 'utf8')
  })

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true })
  })

  it('exits cleanly', () => {
    expect(exitCode).toBe(0)
  })

  it('has every row, each with a number for both engines', () => {
    const rows = report
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| Figure') && !line.startsWith('| ---'))
      .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| | \|$/g, '')))
    for (const row of ROWS) expect(rows.some(([label]) => label?.includes(row))).toBe(true)
    const figures = rows.filter((cells) => cells.length === 7)
    expect(figures.length).toBeGreaterThanOrEqual(ROWS.length)
    for (const [label, , postgres, , pglite] of figures) {
      expect(postgres, label).toMatch(/\d/)
      expect(pglite, label).toMatch(/\d/)
    }
    expect(report).toMatch(/If-None-Match: status \(ms\) \| status \| 304 /)
  })

  it('times as many requests per figure as it was told', () => {
    expect(report).toContain(`Timings are of ${SMOKE_TIMES} (S) sequential requests each`)
  })

  it("prints PostgreSQL's plan and a browser section", () => {
    expect(report).toContain('Execution Time:')
    expect(report).toContain('### Browser')
  })

  it('prints the browser half’s figures of the filter change, where the machine can run it', () => {
    // Without Chromium or the built web app, the report says so in place of the browser's rows.
    if (report.includes('The browser half could not run')) return
    for (const row of BROWSER_ROWS) expect(report).toContain(`| ${row} |`)
  })
})

import type { ImportReport } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { canApply, IDLE, type ImportRun, type ImportSubject, importRunReducer, isAbout } from './importRun'

const subject = (name = 'partners.csv', text = 'name\nA\n'): ImportSubject => ({
  kind: 'institutions',
  format: 'csv',
  file: new File([text], name),
})

const report = (issueCount: number): ImportReport => ({
  kind: 'institutions',
  rows: 4,
  created: 4 - issueCount,
  updated: 0,
  unchanged: 0,
  newSources: 0,
  issues: Array.from({ length: issueCount }, (_, i) => ({ line: i + 2, column: 'name', message: 'wrong' })),
  issueCount,
})

const play = (run: ImportRun, ...events: Parameters<typeof importRunReducer>[1][]) =>
  events.reduce(importRunReducer, run)

describe('importRunReducer', () => {
  it('follows a check from the bytes sent to the rows checked to the report', () => {
    const file = subject('partners.csv', 'x'.repeat(100))
    const started = play(IDLE, { type: 'start', apply: false, subject: file })
    expect(started).toEqual({ step: 'sending', apply: false, subject: file, sent: 0, size: 100, rows: 0 })
    expect(play(started, { type: 'sent', bytes: 40 })).toMatchObject({ sent: 40, rows: 0 })
    expect(play(started, { type: 'sent', bytes: 40 }, { type: 'rows', rows: 1000 })).toMatchObject({
      sent: 100,
      rows: 1000,
    })
    expect(play(started, { type: 'done', refused: false, report: report(0) })).toEqual({
      step: 'done',
      apply: false,
      subject: file,
      refused: false,
      report: report(0),
    })
    expect(play(started, { type: 'failed', message: 'offline' })).toMatchObject({
      step: 'failed',
      message: 'offline',
    })
  })

  it('ignores what arrives after the run has ended', () => {
    const done = play(
      IDLE,
      { type: 'start', apply: false, subject: subject() },
      { type: 'done', refused: false, report: report(1) },
    )
    expect(play(done, { type: 'rows', rows: 5 }, { type: 'failed', message: 'late' })).toBe(done)
    expect(play(IDLE, { type: 'sent', bytes: 3 })).toBe(IDLE)
  })
})

describe('canApply', () => {
  const file = subject()
  const checked = (issues: number, apply = false, refused = false) =>
    play(IDLE, { type: 'start', apply, subject: file }, { type: 'done', refused, report: report(issues) })

  it('offers the import after a clean check of the same file and kind', () => {
    expect(canApply(checked(0), file)).toBe(true)
  })

  it('withholds it while there are problems, after the import itself, and before any check', () => {
    expect(canApply(checked(3), file)).toBe(false)
    expect(canApply(checked(0, true), file)).toBe(false)
    expect(canApply(checked(1, true, true), file)).toBe(false)
    expect(canApply(IDLE, file)).toBe(false)
    expect(canApply(play(IDLE, { type: 'start', apply: false, subject: file }), file)).toBe(false)
  })

  it('withholds it once another file, or another kind, is chosen', () => {
    const run = checked(0)
    const again = subject()
    expect(isAbout(run, again)).toBe(false)
    expect(canApply(run, again)).toBe(false)
    expect(canApply(run, { ...file, kind: 'links' })).toBe(false)
    expect(canApply(run, null)).toBe(false)
  })
})

import type { ImportReport } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { importErrorMessage, readAnswerLine } from './importAnswer'

const REPORT: ImportReport = {
  kind: 'institutions',
  rows: 4,
  created: 1,
  updated: 0,
  unchanged: 0,
  newSources: 0,
  issues: [{ line: 3, column: 'country', message: 'country "XX" is not a country code' }],
  issueCount: 1,
}

describe('readAnswerLine', () => {
  it('reads progress, a report and a refusal', () => {
    expect(readAnswerLine({ progress: { rows: 1000 } })).toEqual({ progress: { rows: 1000 } })
    expect(readAnswerLine({ report: REPORT })).toEqual({ report: REPORT })
    expect(readAnswerLine({ refused: REPORT })).toEqual({ refused: REPORT })
  })

  it('refuses a report that is not of the shared shape, and a line it does not know', () => {
    expect(() => readAnswerLine({ report: { ...REPORT, rows: -1 } })).toThrow()
    expect(() => readAnswerLine({ progress: { rows: '12' } })).toThrow('a line the atlas does not know')
    expect(() => readAnswerLine(null)).toThrow('a line the atlas does not know')
  })
})

describe('importErrorMessage', () => {
  it('gives the server’s reason', () => {
    const body = JSON.stringify({ error: { status: 401, message: 'sign in to import into the atlas' } })
    expect(importErrorMessage(body)).toBe('sign in to import into the atlas')
  })

  it('gives nothing for a body that is not the server’s JSON', () => {
    expect(importErrorMessage('<html>Bad gateway</html>')).toBeUndefined()
    expect(importErrorMessage('')).toBeUndefined()
    expect(importErrorMessage('{"message":"x"}')).toBeUndefined()
  })
})

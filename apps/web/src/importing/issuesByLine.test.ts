import { describe, expect, it } from 'vitest'
import { issuesByLine } from './issuesByLine'

describe('issuesByLine', () => {
  it('gathers each line’s problems, lines in order and each line’s problems as reported', () => {
    expect(
      issuesByLine([
        { line: 5, column: 'name', message: 'a duplicate' },
        { line: 3, column: 'country', message: 'unknown country' },
        { line: 5, column: 'lat', message: 'too close' },
        { line: 1, column: null, message: 'an unknown column' },
        { line: 3, column: 'source', message: 'no source' },
      ]),
    ).toEqual([
      { line: 1, problems: [{ column: null, message: 'an unknown column' }] },
      {
        line: 3,
        problems: [
          { column: 'country', message: 'unknown country' },
          { column: 'source', message: 'no source' },
        ],
      },
      {
        line: 5,
        problems: [
          { column: 'name', message: 'a duplicate' },
          { column: 'lat', message: 'too close' },
        ],
      },
    ])
  })

  it('gives nothing for a clean report', () => {
    expect(issuesByLine([])).toEqual([])
  })
})

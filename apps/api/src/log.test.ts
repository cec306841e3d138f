import { Writable } from 'node:stream'
import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { logOptions } from './log'

function capture() {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).trim().split('\n'))
      done()
    },
  })
  return { logger: pino(logOptions('info'), stream), lines }
}

describe('the log', () => {
  it('writes one JSON object a line, with the request id it is given', () => {
    const { logger, lines } = capture()
    logger.child({ requestId: 'abc-1' }).warn('the database does not answer')
    expect(lines).toHaveLength(1)
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      level: 40,
      requestId: 'abc-1',
      msg: 'the database does not answer',
    })
  })

  it("keeps an error's kind, message, code and cause, and nothing else a driver put on it", () => {
    const { logger, lines } = capture()
    const driverError = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      code: '22021',
      detail: 'Key (q)=(secret search) is wrong',
      parameters: ['secret search'],
      query: 'select * from institutions where search_text like $1',
    })
    logger.error({ err: new Error('procedure failed', { cause: driverError }) }, 'request failed')
    const line = lines[0] ?? ''
    expect(JSON.parse(line).err).toMatchObject({
      type: 'Error',
      message: 'procedure failed',
      cause: { code: '22021', message: 'invalid byte sequence for encoding "UTF8": 0x00' },
    })
    expect(line).not.toContain('secret search')
    expect(line).not.toContain('select *')
  })
})

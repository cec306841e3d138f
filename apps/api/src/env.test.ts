import { describe, expect, it } from 'vitest'
import { readEnv } from './env'

describe('readEnv', () => {
  it('listens on loopback alone with no public address unless told otherwise', () => {
    const env = readEnv({})
    expect(env.HOST).toBe('127.0.0.1')
    expect(env.PUBLIC_URL).toBeUndefined()
  })

  it('keeps PUBLIC_URL as origin and path ending in a slash', () => {
    expect(readEnv({ PUBLIC_URL: 'https://atlas.example.org' }).PUBLIC_URL).toBe('https://atlas.example.org/')
    expect(readEnv({ PUBLIC_URL: 'https://Example.org/partners?x=1#y' }).PUBLIC_URL).toBe(
      'https://example.org/partners/',
    )
  })

  it('refuses a PUBLIC_URL a browser could not open as a page', () => {
    expect(() => readEnv({ PUBLIC_URL: 'atlas.example.org' })).toThrow(/PUBLIC_URL/)
    expect(() => readEnv({ PUBLIC_URL: 'ftp://atlas.example.org/' })).toThrow(/PUBLIC_URL/)
  })
})

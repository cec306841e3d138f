import { describe, expect, it } from 'vitest'
import { isLoopbackHost, siteAddressesSchema } from './siteAddresses'

describe('isLoopbackHost', () => {
  it.each([
    'localhost',
    'LOCALHOST',
    'localhost.',
    'atlas.localhost',
    '127.0.0.1',
    '127.1.2.3',
    '[::1]',
    '::1',
    '::ffff:127.0.0.1',
  ])('%s is this machine only', (host) => {
    expect(isLoopbackHost(host)).toBe(true)
  })

  it.each([
    '192.168.1.20',
    '10.0.0.5',
    '0.0.0.0',
    '[fd00::2]',
    '::ffff:192.168.1.20',
    'atlas.example.org',
    'localhost.example.org',
    '127.0.0.1.example.org',
    '',
  ])('%s is reachable from elsewhere', (host) => {
    expect(isLoopbackHost(host)).toBe(false)
  })
})

describe('siteAddressesSchema', () => {
  it('takes http(s) addresses and no public address', () => {
    const addresses = { publicUrl: null, networkUrls: ['http://192.168.1.20:3000/'] }
    expect(siteAddressesSchema.parse(addresses)).toEqual(addresses)
    expect(siteAddressesSchema.parse({ publicUrl: 'https://atlas.example.org/', networkUrls: [] })).toEqual({
      publicUrl: 'https://atlas.example.org/',
      networkUrls: [],
    })
  })

  it('refuses an address a browser should not be sent to', () => {
    expect(siteAddressesSchema.safeParse({ publicUrl: 'javascript:alert(1)', networkUrls: [] }).success).toBe(
      false,
    )
    expect(siteAddressesSchema.safeParse({ publicUrl: null, networkUrls: ['file:///etc'] }).success).toBe(
      false,
    )
  })
})

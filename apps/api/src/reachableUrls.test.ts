import type { NetworkInterfaceInfo } from 'node:os'
import { describe, expect, it } from 'vitest'
import { networkUrls, reachableUrls } from './reachableUrls'

const address = (address: string, family: 'IPv4' | 'IPv6', internal = false): NetworkInterfaceInfo =>
  ({
    address,
    family,
    internal,
    netmask: '',
    mac: '00:00:00:00:00:00',
    cidr: null,
    ...(family === 'IPv6' ? { scopeid: 0 } : {}),
  }) as NetworkInterfaceInfo

const interfaces = {
  lo: [address('127.0.0.1', 'IPv4', true), address('::1', 'IPv6', true)],
  eth0: [address('192.168.1.20', 'IPv4'), address('fe80::1', 'IPv6')],
  wlan0: [address('10.0.0.7', 'IPv4')],
  docker0: [address('192.168.1.20', 'IPv4')],
}

describe('reachableUrls', () => {
  it('lists localhost and every IPv4 network address, once each, on every interface', () => {
    const expected = ['http://localhost:3000/', 'http://192.168.1.20:3000/', 'http://10.0.0.7:3000/']
    expect(reachableUrls('0.0.0.0', 3000, interfaces)).toEqual(expected)
    expect(reachableUrls('::', 3000, interfaces)).toEqual(expected)
  })

  it('is localhost alone on a machine without a network', () => {
    expect(reachableUrls('0.0.0.0', 8080, { lo: interfaces.lo })).toEqual(['http://localhost:8080/'])
  })

  it('is the one address given otherwise, IPv6 in brackets', () => {
    expect(reachableUrls('127.0.0.1', 3000, interfaces)).toEqual(['http://127.0.0.1:3000/'])
    expect(reachableUrls('192.168.1.20', 3000, interfaces)).toEqual(['http://192.168.1.20:3000/'])
    expect(reachableUrls('::1', 3000, interfaces)).toEqual(['http://[::1]:3000/'])
    expect(reachableUrls('atlas.lan', 80, interfaces)).toEqual(['http://atlas.lan:80/'])
  })
})

describe('networkUrls', () => {
  it('leaves out the addresses of this machine only', () => {
    expect(networkUrls('0.0.0.0', 3000, interfaces)).toEqual([
      'http://192.168.1.20:3000/',
      'http://10.0.0.7:3000/',
    ])
    expect(networkUrls('127.0.0.1', 3000, interfaces)).toEqual([])
    expect(networkUrls('localhost', 3000, interfaces)).toEqual([])
    expect(networkUrls('192.168.1.20', 3000, interfaces)).toEqual(['http://192.168.1.20:3000/'])
  })
})

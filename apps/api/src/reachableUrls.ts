import type { NetworkInterfaceInfo } from 'node:os'
import { isLoopbackHost } from '@atlas/schema'

/** What `listen()` takes as "every interface". */
const EVERY_INTERFACE = new Set(['0.0.0.0', '::', '0:0:0:0:0:0:0:0'])

type NetworkInterfaces = NodeJS.Dict<NetworkInterfaceInfo[]>

/**
 * The addresses a browser can open the server at while it listens on `host`: on every interface, localhost and
 * each IPv4 address of the machine's network interfaces (what people on the same network type); on one address,
 * that address.
 */
export function reachableUrls(host: string, port: number, interfaces: NetworkInterfaces): string[] {
  if (!EVERY_INTERFACE.has(host)) return [httpUrl(host, port)]
  const network = Object.values(interfaces)
    .flatMap((addresses) => addresses ?? [])
    .filter((address) => address.family === 'IPv4' && !address.internal)
    .map((address) => httpUrl(address.address, port))
  return [httpUrl('localhost', port), ...new Set(network)]
}

/** Those of them that other machines can open. */
export function networkUrls(host: string, port: number, interfaces: NetworkInterfaces): string[] {
  return reachableUrls(host, port, interfaces).filter((url) => !isLoopbackHost(new URL(url).hostname))
}

function httpUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/`
}

import { describe, expect, it } from 'vitest'
import { MAX_PATH_BYTES, MAX_SEGMENT_BYTES, resolveWebPath } from './staticFiles'

const base = '/srv/web/'
const statusOf = (pathname: string) => {
  const resolved = resolveWebPath(base, pathname)
  return 'path' in resolved ? resolved.path : resolved.status
}

describe('resolveWebPath', () => {
  it('maps a path, encoded or not, onto a file under the web root', () => {
    expect(statusOf('/assets/index-abc.js')).toBe('/srv/web/assets/index-abc.js')
    expect(statusOf('/%C5%81%C3%B3d%C5%BA')).toBe('/srv/web/Łódź')
    expect(statusOf('/')).toBe('/srv/web/')
  })

  it('refuses a NUL, a backslash, bad percent-encoding and an escape from the root with 400', () => {
    for (const path of ['/%00', '/index.html%00.js', '/a%5C..%5C..%5Cetc', '/%', '/%E0%A4%A', '/%ED%A0%80']) {
      expect(statusOf(path)).toBe(400)
    }
    expect(statusOf('/..%2F..%2Fetc%2Fpasswd')).toBe(400)
    expect(statusOf('/assets/%2E%2E%2F%2E%2E%2Fsecret')).toBe(400)
  })

  it('answers 404 to a path or a name longer than any file system takes, in bytes of UTF-8', () => {
    expect(statusOf(`/${'a/'.repeat(MAX_PATH_BYTES)}`)).toBe(404)
    expect(statusOf(`/${'a'.repeat(MAX_SEGMENT_BYTES + 1)}`)).toBe(404)
    expect(statusOf(`/${'%C5%81'.repeat(MAX_SEGMENT_BYTES / 2 + 1)}`)).toBe(404)
    expect(statusOf(`/${'a'.repeat(MAX_SEGMENT_BYTES)}`)).toBe(`/srv/web/${'a'.repeat(MAX_SEGMENT_BYTES)}`)
  })
})

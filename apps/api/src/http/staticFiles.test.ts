import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { type IncomingHttpHeaders, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../log'
import { createAppServer } from '../server'
import { startingService } from '../service'
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

/** A built web app in miniature: an index, hashed assets with the build's precompressed copies, and a font. */
const FILES: Record<string, string> = {
  'index.html': `<!doctype html><title>Partnership Atlas</title>${'<!-- padding -->'.repeat(50)}`,
  'assets/index-B5IO4KiV.js': `export const atlas = ${JSON.stringify('Partnership Atlas '.repeat(200))}`,
  'assets/index-C9oERstN.css': `body { font-family: 'Noto Sans'; }\n${'.x { color: red }\n'.repeat(100)}`,
  'assets/noto-sans-latin-400-normal-BTkUljjl.woff2': 'wOF2 already compressed',
}
/** The css has only a gzip copy, the font none: what the build leaves for a file that brotli does not shrink. */
const COPIES: Record<string, Array<'br' | 'gz'>> = {
  'index.html': ['br', 'gz'],
  'assets/index-B5IO4KiV.js': ['br', 'gz'],
  'assets/index-C9oERstN.css': ['gz'],
}

async function writeWebApp(): Promise<string> {
  const parent = await mkdtemp(join(tmpdir(), 'atlas-static-'))
  const root = join(parent, 'dist')
  await mkdir(join(root, 'assets'), { recursive: true })
  // Beside the web root, never in it: no path may reach this.
  await writeFile(join(parent, 'secret.txt'), 'root:x:0:0')
  for (const [name, content] of Object.entries(FILES)) {
    await writeFile(join(root, name), content)
    for (const copy of COPIES[name] ?? []) {
      await writeFile(
        join(root, `${name}.${copy}`),
        copy === 'br' ? brotliCompressSync(content) : gzipSync(content),
      )
    }
  }
  return root
}

interface Answer {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

/**
 * A request as a browser revalidating its cache sends it. Not fetch(): it adds `Cache-Control: no-cache` to a
 * conditional request, which asks for the full answer, and it normalises `%2e%2e` in a path before sending.
 */
function exchange(origin: string, path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(`${origin}${path}`, {
      method,
      headers: { 'accept-encoding': 'br, gzip', ...headers },
    })
    req.on('error', reject)
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', reject)
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      )
    })
    req.end()
  })
}

/** The body as the client reads it, its content coding undone. */
function decoded({ headers, body }: Answer): string {
  const coding = headers['content-encoding']
  return (
    coding === 'br' ? brotliDecompressSync(body) : coding === 'gzip' ? gunzipSync(body) : body
  ).toString()
}

describe('the web app over HTTP', () => {
  let server: Server
  let origin: string
  let root: string

  beforeAll(async () => {
    root = await writeWebApp()
    // The whole server, not the handler alone, so the security headers set before routing are seen to survive.
    server = createAppServer(startingService('pglite'), { webDist: root, logger: createLogger('silent') })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    server.close()
    server.closeAllConnections()
    await rm(dirname(root), { recursive: true, force: true })
  })

  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    exchange(origin, path, headers, method)

  it('answers a second load of the page with 304 for every file, given the ETag of the first', async () => {
    for (const path of ['/', '/some/view?i=belt-and-road', ...Object.keys(FILES).map((name) => `/${name}`)]) {
      const first = await get(path)
      expect(first.status, path).toBe(200)
      const etag = first.headers.etag ?? ''
      expect(etag, path).toMatch(/^W\/".+"$/)
      const again = await get(path, { 'if-none-match': etag })
      expect(again.status, path).toBe(304)
      expect(again.body.length, path).toBe(0)
      expect(again.headers.etag, path).toBe(etag)
      expect(again.headers['cache-control'], path).toBe(first.headers['cache-control'])
      expect(again.headers.vary, path).toBe(first.headers.vary)
      expect(again.headers['content-security-policy'], path).toContain("default-src 'self'")
      // Each encoding is a file with its own ETag: the brotli copy's tag does not match the gzip copy.
      const otherEncoding = await get(path, { 'if-none-match': etag, 'accept-encoding': 'gzip' })
      const name = path === '/' || path.startsWith('/some/') ? 'index.html' : path.slice(1)
      expect(otherEncoding.status, path).toBe(COPIES[name]?.includes('br') ? 200 : 304)
    }
  })

  it('sends the brotli copy where brotli is accepted, else the gzip copy, else the file itself', async () => {
    const script = FILES['assets/index-B5IO4KiV.js']
    const cases: Array<[string, string | undefined]> = [
      ['gzip, deflate, br, zstd', 'br'],
      ['br;q=0, gzip', 'gzip'],
      ['gzip', 'gzip'],
      ['identity', undefined],
      ['', undefined],
    ]
    for (const [accept, coding] of cases) {
      const response = await get('/assets/index-B5IO4KiV.js', { 'accept-encoding': accept })
      expect(response.headers['content-encoding'], accept).toBe(coding)
      expect(response.headers['content-type'], accept).toBe('text/javascript; charset=utf-8')
      expect(response.headers.vary, accept).toBe('accept-encoding')
      expect(decoded(response), accept).toBe(script)
    }
    const brotli = await get('/assets/index-B5IO4KiV.js')
    expect(brotli.body).toEqual(await readFile(join(root, 'assets/index-B5IO4KiV.js.br')))
    const css = await get('/assets/index-C9oERstN.css')
    expect(css.headers['content-encoding']).toBe('gzip')
    expect(decoded(css)).toBe(FILES['assets/index-C9oERstN.css'])
    const font = await get('/assets/noto-sans-latin-400-normal-BTkUljjl.woff2')
    expect(font.headers['content-encoding']).toBeUndefined()
    expect(font.headers.vary).toBeUndefined()
    expect(font.headers['content-type']).toBe('font/woff2')
  })

  it('caches hashed assets for a year and has everything else revalidated', async () => {
    for (const name of Object.keys(FILES).filter((name) => name.startsWith('assets/'))) {
      const response = await get(`/${name}`)
      expect(response.headers['cache-control'], name).toBe('public, max-age=31536000, immutable')
    }
    for (const path of ['/', '/index.html', '/some/view']) {
      const response = await get(path)
      expect(response.headers['cache-control'], path).toBe('no-cache')
      expect(response.headers['content-type'], path).toBe('text/html; charset=utf-8')
      expect(response.headers['x-frame-options'], path).toBe('DENY')
      expect(response.headers['x-content-type-options'], path).toBe('nosniff')
      expect(decoded(response), path).toContain('Partnership Atlas')
    }
  })

  it('answers 404 for a file missing from assets/, where any other path gets the page', async () => {
    for (const path of ['/assets/index-Missing1.js', '/assets/', '/assets/nested/x.css']) {
      const response = await get(path)
      expect(response.status, path).toBe(404)
      expect(response.headers['content-type'], path).toBe('application/json; charset=utf-8')
    }
    const view = await get('/institution/lodz-university-of-technology')
    expect(view.status).toBe(200)
    expect(decoded(view)).toContain('Partnership Atlas')
  })

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await get('/assets/index-B5IO4KiV.js', {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers['content-encoding']).toBe('br')
    const brotliBytes = (await stat(join(root, 'assets/index-B5IO4KiV.js.br'))).size
    expect(head.headers['content-length']).toBe(String(brotliBytes))
    expect(head.body.length).toBe(0)
  })

  it('serves nothing outside the web root and never answers 5xx to an odd path or range', async () => {
    for (const path of ['/..%2Fsecret.txt', '/assets/..%2F..%2Fsecret.txt', '/%00']) {
      const response = await get(path)
      expect(response.status, path).toBe(400)
      expect(response.body.toString(), path).not.toContain('root:')
    }
    // The server's URL parser resolves these dots before routing: what is left is /secret.txt, which is the page.
    const dots = await get('/%2e%2e/secret.txt')
    expect(decoded(dots)).toContain('Partnership Atlas')
    for (const range of ['bytes=5-2', 'bytes=-5', 'bytes=0-0,2-3', 'bytes=99999-', 'pages=1', 'bytes=x-y']) {
      const response = await get('/index.html', { range, 'accept-encoding': 'identity' })
      expect(response.status, range).toBeLessThan(500)
    }
    const part = await get('/index.html', { range: 'bytes=0-8', 'accept-encoding': 'identity' })
    expect(part.status).toBe(206)
    expect(part.body.toString()).toBe('<!doctype')
  })

  it('keeps serving when a file is removed after the server started, as a deploy does', async () => {
    const name = 'assets/gone-D2wP-Vm-.js'
    await writeFile(join(root, name), 'export {}')
    expect((await get(`/${name}`)).status).toBe(200)
    await rm(join(root, name))
    expect((await get(`/${name}`)).status).toBe(404)
    expect((await get('/')).status).toBe(200)
  })
})

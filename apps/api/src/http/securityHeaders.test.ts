import { describe, expect, it } from 'vitest'
import { securityHeaders } from './securityHeaders'

const at = (target: string) => new URL(`http://localhost${target}`)

/** The policy as a map of directive to its sources. */
function policy(headers: Record<string, string>): Map<string, string[]> {
  const csp = headers['content-security-policy'] ?? ''
  return new Map(
    csp.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/)
      return [name, sources]
    }),
  )
}

describe('securityHeaders', () => {
  it('sends nosniff and a referrer policy that keeps URLs on this site', () => {
    for (const target of ['/', '/healthz', '/trpc/link.list', '/api/export/links.geojson', '/?embed=1']) {
      const headers = securityHeaders(at(target))
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    }
  })

  it('runs only the app’s own scripts and workers, with no inline script, no eval and no plugin', () => {
    const csp = policy(securityHeaders(at('/')))
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('worker-src')).toEqual(["'self'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'self'"])
    expect(csp.get('form-action')).toEqual(["'self'"])
    const header = securityHeaders(at('/'))['content-security-policy']
    expect(header).not.toContain('unsafe-inline')
    expect(header).not.toContain('unsafe-eval')
  })

  it('lets the page show its own, data: and blob: images, its own fonts and styles, and talk only to itself', () => {
    const csp = policy(securityHeaders(at('/')))
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:'])
    expect(csp.get('font-src')).toEqual(["'self'"])
    expect(csp.get('style-src')).toEqual(["'self'"])
    expect(csp.get('connect-src')).toEqual(["'self'"])
  })

  it('refuses every frame except the embed view’s page, which any site may frame', () => {
    for (const target of ['/', '/?tour=t1', '/?embed=0', '/?embed=true', '/trpc/link.list?embed=1']) {
      const headers = securityHeaders(at(target))
      expect(policy(headers).get('frame-ancestors'), target).toEqual(["'none'"])
      expect(headers['x-frame-options'], target).toBe('DENY')
    }
    for (const target of ['/?embed=1', '/?embed=1&static=1&title=Partners', '/?v=19.4,51.7,5&embed=1']) {
      const headers = securityHeaders(at(target))
      expect(policy(headers).get('frame-ancestors'), target).toEqual(['*'])
      expect(headers['x-frame-options'], target).toBeUndefined()
    }
  })

  it('adds extra origins to connect-src only, as origins', () => {
    const headers = securityHeaders(at('/'), {
      extraOrigins: [
        'https://tiles.openfreemap.org/styles/liberty',
        'https://*.example.org',
        'wss://live.example.org',
        'http://[::1]:8080',
      ],
    })
    const csp = policy(headers)
    expect(csp.get('connect-src')).toEqual([
      "'self'",
      'https://tiles.openfreemap.org',
      'https://*.example.org',
      'wss://live.example.org',
      'http://[::1]:8080',
    ])
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:'])
    expect(csp.get('script-src')).toEqual(["'self'"])
  })

  it('throws on an extra origin that could not be a source, rather than writing it into the policy', () => {
    expect(() =>
      securityHeaders(at('/'), { extraOrigins: ["https://a.example; script-src 'unsafe-inline'"] }),
    ).toThrow(TypeError)
    expect(() => securityHeaders(at('/'), { extraOrigins: ['https://a.example;frame-ancestors'] })).toThrow(
      /cannot name/,
    )
    expect(() => securityHeaders(at('/'), { extraOrigins: ['tiles.example.org'] })).toThrow(/not a URL/)
    expect(() => securityHeaders(at('/'), { extraOrigins: ['javascript:alert(1)'] })).toThrow(/http\(s\)/)
  })
})

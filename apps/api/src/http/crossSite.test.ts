import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { crossSiteRefusal } from './crossSite'

const request = (headers: Record<string, string>) =>
  ({ headers: { host: 'atlas.local:3000', ...headers } }) as unknown as IncomingMessage
const JSON_WEB = { 'content-type': 'application/json', 'x-atlas-client': 'web' }

describe('the cross-site refusal', () => {
  it('lets this site’s own pages through, and PUBLIC_URL’s', () => {
    expect(
      crossSiteRefusal(request({ ...JSON_WEB, origin: 'http://atlas.local:3000' }), undefined, {
        json: true,
      }),
    ).toBeUndefined()
    expect(
      crossSiteRefusal(
        request({ ...JSON_WEB, origin: 'https://atlas.example.org' }),
        'https://atlas.example.org/map/',
        {
          json: true,
        },
      ),
    ).toBeUndefined()
    // Without an Origin (a script on this machine) the header is proof enough: a browser always names it cross-site.
    expect(crossSiteRefusal(request(JSON_WEB), undefined, { json: true })).toBeUndefined()
  })

  it('refuses a form post, a request without the header, and a foreign origin', () => {
    expect(
      crossSiteRefusal(request({ 'content-type': 'text/plain', 'x-atlas-client': 'web' }), undefined, {
        json: true,
      })?.status,
    ).toBe(415)
    expect(
      crossSiteRefusal(request({ 'content-type': 'application/json' }), undefined, { json: true })?.status,
    ).toBe(403)
    expect(
      crossSiteRefusal(
        request({ ...JSON_WEB, origin: 'https://atlas.example.org.evil.example' }),
        'https://atlas.example.org/',
        {
          json: true,
        },
      )?.status,
    ).toBe(403)
    // An upload has its own type, but still needs the header.
    expect(
      crossSiteRefusal(request({ 'content-type': 'text/csv' }), undefined, { json: false })?.status,
    ).toBe(403)
  })
})

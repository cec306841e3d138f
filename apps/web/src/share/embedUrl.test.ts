import { describe, expect, it } from 'vitest'
import { embedUrl, escapeHtml, fullAtlasUrl, iframeSnippet, parseEmbedParams, viewUrl } from './embedUrl'

const page = 'https://atlas.example.org/?i=belt-and-road,china-spain-csp&v=19.5,51.8,4.2,0,0'

describe('embedUrl', () => {
  it('adds embed=1 to the current view, keeping its parameters as written', () => {
    expect(embedUrl(page, { interactive: true, title: '' })).toBe(
      'https://atlas.example.org/?i=belt-and-road,china-spain-csp&v=19.5,51.8,4.2,0,0&embed=1',
    )
  })

  it('adds static=1 and the title when asked', () => {
    const url = new URL(embedUrl(page, { interactive: false, title: '  Łódź & 北京  ' }))
    expect(url.searchParams.get('embed')).toBe('1')
    expect(url.searchParams.get('static')).toBe('1')
    expect(url.searchParams.get('title')).toBe('Łódź & 北京')
  })

  it('leaves out a tour being presented and the fragment, and replaces earlier embed settings', () => {
    const url = embedUrl('https://a.example/?c=PL&tour=bri&stop=2&kiosk=1&static=1&title=Old#x', {
      interactive: true,
      title: 'New',
    })
    expect(url).toBe('https://a.example/?c=PL&embed=1&title=New')
  })

  it('carries the bounds the view shows instead of its centre and zoom', () => {
    const bounds = { west: -9.51234, south: 38.5, east: 21, north: 55 }
    expect(embedUrl(page, { interactive: true, title: '', bounds })).toBe(
      'https://atlas.example.org/?i=belt-and-road,china-spain-csp&embed=1&bounds=-9.5123%2C38.5%2C21%2C55',
    )
    expect(embedUrl(`${page}&bounds=1,2,3,4`, { interactive: true, title: '', bounds: null })).toBe(
      `${page}&embed=1`,
    )
  })
})

describe('viewUrl', () => {
  it('is the page’s view without the tour presenting it', () => {
    expect(viewUrl('https://a.example/?i=bri&v=1,2,3&tour=bri&stop=5&kiosk=1&dwell=4#x')).toBe(
      'https://a.example/?i=bri&v=1,2,3',
    )
    expect(viewUrl(page)).toBe(page)
  })
})

describe('fullAtlasUrl', () => {
  it('is the embedded view without the embed’s parameters', () => {
    expect(fullAtlasUrl('https://a.example/?c=PL&embed=1&static=1&title=Poland&v=1,2,3')).toBe(
      'https://a.example/?c=PL&v=1,2,3',
    )
    expect(fullAtlasUrl('https://a.example/?embed=1')).toBe('https://a.example/')
    expect(fullAtlasUrl('https://a.example/?embed=1&bounds=1,2,3,4&v=2,3,4')).toBe(
      'https://a.example/?v=2,3,4',
    )
  })
})

describe('iframeSnippet', () => {
  it('writes the iframe with the size, no border, a title and lazy loading', () => {
    expect(
      iframeSnippet('https://a.example/?c=PL&embed=1', { title: '', frameTitle: 'Partnership Atlas map' }),
    ).toBe(
      '<iframe src="https://a.example/?c=PL&amp;embed=1" width="800" height="500" style="border:0" title="Partnership Atlas map" loading="lazy"></iframe>',
    )
  })

  it('escapes a title that could break out of the attribute', () => {
    const snippet = iframeSnippet('https://a.example/', {
      title: '"><script>alert(1)</script>',
      frameTitle: 'map',
      width: 640,
      height: 360,
    })
    expect(snippet).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"')
    expect(snippet).toContain('width="640" height="360"')
    expect(snippet).not.toContain('<script>')
  })
})

describe('parseEmbedParams', () => {
  it('reads embed, static and the title', () => {
    expect(parseEmbedParams('?c=PL&embed=1&static=1&title=Sino-Polish%20consortium')).toEqual({
      embed: true,
      interactive: false,
      title: 'Sino-Polish consortium',
      bounds: null,
    })
  })

  it('is a plain interactive page without them', () => {
    expect(parseEmbedParams('?c=PL')).toEqual({ embed: false, interactive: true, title: null, bounds: null })
    expect(parseEmbedParams('?embed=0&static=no&title=%20')).toEqual({
      embed: false,
      interactive: true,
      title: null,
      bounds: null,
    })
  })

  it('keeps a title to one line of 200 characters', () => {
    const title = parseEmbedParams(`?title=${encodeURIComponent(`a\nb${'x'.repeat(300)}`)}`).title
    expect(title?.startsWith('a b')).toBe(true)
    expect([...(title ?? '')]).toHaveLength(200)
  })

  it('round-trips with embedUrl', () => {
    const bounds = { west: 170, south: -20, east: -170, north: 0 }
    const url = new URL(embedUrl(page, { interactive: false, title: 'Belt and Road', bounds }))
    expect(parseEmbedParams(url.search)).toEqual({
      embed: true,
      interactive: false,
      title: 'Belt and Road',
      bounds,
    })
  })
})

describe('escapeHtml', () => {
  it('escapes the five characters that matter', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    )
  })
})

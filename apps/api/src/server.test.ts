import { type Connection, connect } from '@atlas/db'
import { openTestDatabase, testEngines } from '@atlas/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve, trpcUrl } from './testing/serve'

type Feature = {
  type: string
  id?: string
  geometry: { type: string; coordinates: number[] & unknown[] }
  properties: Record<string, unknown>
}
type FeatureCollection = { type: string; features: Feature[]; crs?: unknown }

const geoJson = async (response: Response) => (await response.json()) as FeatureCollection

/** The parts of RFC 7946 a GIS tool relies on: the collection, each feature, positions as [lon, lat] in range. */
function expectValidFeatureCollection(body: FeatureCollection) {
  expect(body.type).toBe('FeatureCollection')
  expect(body.crs).toBeUndefined()
  for (const feature of body.features) {
    expect(feature.type).toBe('Feature')
    expect(typeof feature.properties).toBe('object')
    const positions: unknown[] =
      feature.geometry.type === 'Point'
        ? [feature.geometry.coordinates]
        : feature.geometry.type === 'LineString'
          ? (feature.geometry.coordinates as unknown[])
          : (feature.geometry.coordinates as unknown[][]).flat()
    if (feature.geometry.type !== 'Point') expect(positions.length).toBeGreaterThanOrEqual(2)
    for (const position of positions) {
      const [lon, lat] = position as number[]
      expect(Math.abs(lon ?? Number.NaN)).toBeLessThanOrEqual(180)
      expect(Math.abs(lat ?? Number.NaN)).toBeLessThanOrEqual(90)
    }
  }
}

describe.each(testEngines())('http server on %s', (engine) => {
  let connection: Connection
  let base: string
  let close: () => Promise<void>
  beforeAll(async () => {
    connection = await openTestDatabase(engine)
    const served = await serve(connection)
    base = served.base
    close = served.close
  })
  afterAll(async () => {
    await close?.()
    await connection?.close()
  })

  const get = (path: string) => fetch(base + path)

  it('reports health with the engine named', async () => {
    const response = await get('/healthz')
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      status: 'ok',
      database: { engine: engine === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL', reachable: true },
    })
  })

  it('serves tRPC queries at /trpc', async () => {
    const response = await get(trpcUrl('institution.list', { countries: ['PL'] }))
    expect(response.status).toBe(200)
    const body = (await response.json()) as { result: { data: unknown[] } }
    expect(body.result.data).toHaveLength(9)
  })

  it.each([
    [
      'a country that is not ISO alpha-2',
      trpcUrl('institution.list', { countries: ['Poland'] }),
      'countries[0]',
    ],
    ['an unknown initiative', trpcUrl('link.list', { initiatives: ['silk-road'] }), 'initiatives[0]'],
    ['yearFrom after yearTo', trpcUrl('stats.byCountry', { yearFrom: 2020, yearTo: 2010 }), 'yearFrom'],
    ['a search of 5,000 characters', trpcUrl('institution.list', { q: 'x'.repeat(5000) }), 'q:'],
    ['a malformed id', trpcUrl('institution.get', { id: 'Robert"); DROP TABLE' }), 'id:'],
    ['input that is not JSON', '/trpc/institution.list?input=%7Bnot-json', ''],
    ['a year that is not a number', '/api/export/links.geojson?yearFrom=soon', 'yearFrom'],
    ['a bad country in an export', '/api/export/institutions.geojson?countries=Poland', 'countries[0]'],
    [
      'an unknown initiative in an export',
      '/api/export/links.geojson?initiatives=silk-road',
      'initiatives[0]',
    ],
  ])('answers 400 to %s, naming the field', async (_, path, field) => {
    const response = await get(path)
    expect(response.status).toBe(400)
    expect(await response.text()).toContain(field)
  })

  it('refuses an oversized request body without falling over', async () => {
    const response = await fetch(`${base}/trpc/institution.list`, {
      method: 'POST',
      body: 'x'.repeat(1_000_000),
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect((await get('/healthz')).status).toBe(200)
  })

  it('answers 404 to a well-formed id that does not exist and to unknown api paths', async () => {
    const missing = await get(trpcUrl('institution.get', { id: 'no-such-university' }))
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('no-such-university')
    expect((await get('/api/export/countries.geojson')).status).toBe(404)
    expect((await get('/api/nothing')).status).toBe(404)
  })

  it('exports every institution as a GeoJSON point at its place', async () => {
    const response = await get('/api/export/institutions.geojson')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/geo\+json/)
    const body = await geoJson(response)
    expectValidFeatureCollection(body)
    expect(body.features).toHaveLength(29)
    const lodz = body.features.find((f) => f.id === 'lodz-university-of-technology')
    expect(lodz?.properties).toMatchObject({
      name: 'Lodz University of Technology',
      country: 'PL',
      city: 'Łódź',
    })
    const [lon, lat] = lodz?.geometry.coordinates ?? []
    expect(lon).toBeCloseTo(19.45, 0)
    expect(lat).toBeCloseTo(51.75, 0)
  })

  it('exports links as great-circle lines, filtered like the api', async () => {
    const all = await geoJson(await get('/api/export/links.geojson'))
    expectValidFeatureCollection(all)
    expect(all.features).toHaveLength(27)
    const polish = await geoJson(
      await get('/api/export/links.geojson?countries=PL&linkKinds=consortium_membership'),
    )
    expect(polish.features).toHaveLength(9)
    const spanish = await geoJson(
      await get('/api/export/links.geojson?initiatives=china-spain-csp&yearFrom=2025'),
    )
    expect(spanish.features.map((f) => f.geometry.type)).toEqual(['LineString', 'LineString'])
  })

  it('serves the web app for any other path, and never a file outside it', async () => {
    const page = await get('/some/view?i=belt-and-road')
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Partnership Atlas')
    const outside = await get('/%2e%2e/%2e%2e/%2e%2e/etc/passwd')
    expect(await outside.text()).not.toContain('root:')
  })
})

describe('when the database cannot be reached', () => {
  it('answers 503 to health and queries, names the engine, and keeps serving', async () => {
    // Nothing listens on port 1: every connection attempt is refused, as in an outage.
    const connection = await connect({ engine: 'postgres', url: 'postgres://postgres@127.0.0.1:1/atlas' })
    const { base, close } = await serve(connection)
    try {
      const response = await fetch(`${base}/healthz`)
      expect(response.status).toBe(503)
      expect(await response.json()).toMatchObject({
        status: 'unavailable',
        database: { engine: 'PostgreSQL', reachable: false },
      })
      const query = await fetch(`${base}${trpcUrl('institution.list', {})}`)
      expect(query.status).toBe(503)
      expect(await query.text()).toContain('the database cannot be reached')
      expect((await fetch(`${base}/healthz`)).status).toBe(503)
    } finally {
      await close()
      await connection.close()
    }
  })
})

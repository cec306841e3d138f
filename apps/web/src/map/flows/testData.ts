import type { Position } from '@atlas/geo'
import type { CountryCode, InstitutionSummary } from '@atlas/schema'
import type { MapLink } from '../mapLinks'

/** Cities the flows' tests place institutions in, and their countries. */
const CITIES: [city: string, country: CountryCode, lon: number, lat: number][] = [
  ['Beijing', 'CN', 116.4, 39.9],
  ['Shanghai', 'CN', 121.47, 31.23],
  ['Warsaw', 'PL', 21.01, 52.23],
  ['Łódź', 'PL', 19.46, 51.76],
  ['València', 'ES', -0.38, 39.47],
  ['Lusaka', 'ZM', 28.32, -15.39],
  ['Suva', 'FJ', 178.44, -18.14],
]

/** A small deterministic PRNG (mulberry32), so the tests' data is the same on every run. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * `count` institutions spread over the cities (up to `spread` degrees from each), `links` arcs among them, in one
 * or two initiatives.
 */
export function flowTestData(count: number, links: number, { seed = 1, spread = 0.2 } = {}) {
  const next = random(seed)
  const institutions: InstitutionSummary[] = Array.from({ length: count }, (_, i) => {
    const [city, country, lon, lat] = CITIES[i % CITIES.length] ?? ['Beijing', 'CN', 116.4, 39.9]
    return {
      id: `i${i}`,
      name: `Institution ${i}`,
      nativeName: null,
      altNames: [],
      kind: 'university',
      country,
      city,
      lon: lon + (next() - 0.5) * spread,
      lat: lat + (next() - 0.5) * spread,
      precision: 'campus',
    }
  })
  const positions = new Map<string, Position>(institutions.map(({ id, lon, lat }) => [id, [lon, lat]]))
  const byId = new Map(institutions.map((institution) => [institution.id, institution]))
  const arcs: MapLink[] = Array.from({ length: links }, (_, i) => {
    const from = `i${Math.floor(next() * count)}`
    const to = `i${(Number(from.slice(1)) + 1 + Math.floor(next() * (count - 1))) % count}`
    const initiatives = next() < 0.3 ? ['child', 'parent'] : next() < 0.5 ? ['parent'] : []
    return {
      id: `l${i}`,
      linkId: `l${i}`,
      otherLinkId: null,
      from,
      to,
      fromCountry: byId.get(from)?.country ?? 'CN',
      toCountry: byId.get(to)?.country ?? 'CN',
      kind: 'cooperation_agreement',
      year: 1990 + Math.floor(next() * 37),
      endYear: null,
      initiatives,
      ownInitiatives: initiatives.slice(0, 1),
    }
  })
  return { institutions, positions, arcs }
}

import { isInCountry } from '@atlas/geo'
import { LINK_KINDS } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { generateDataset, MIN_CAMPUS_KM } from './dataset'
import { kmBetween } from './distance'
import { FIRST_YEAR, LAST_YEAR } from './links'
import { SIZE_COUNTS } from './sizes'

const small = generateDataset('S')

describe('generateDataset', () => {
  it('gives the same data set for the same seed and another for another seed', () => {
    expect(generateDataset('S')).toEqual(small)
    const other = generateDataset('S', 17)
    expect(other.links).not.toEqual(small.links)
  })

  it('has exactly the counts of its size', () => {
    for (const size of ['S', 'M'] as const) {
      const dataset = size === 'S' ? small : generateDataset(size)
      expect(dataset.institutions).toHaveLength(SIZE_COUNTS[size].institutions)
      expect(dataset.links).toHaveLength(SIZE_COUNTS[size].links)
    }
  })

  it('gives every record a unique id, and every institution a unique name', () => {
    for (const records of [small.institutions, small.links, small.initiatives]) {
      expect(new Set(records.map((record) => record.id)).size).toBe(records.length)
    }
    expect(new Set(small.institutions.map((institution) => institution.name)).size).toBe(
      small.institutions.length,
    )
  })

  it('joins two different institutions of the data set, at most once per kind either way round', () => {
    const ids = new Set(small.institutions.map((institution) => institution.id))
    const pairs = new Set<string>()
    for (const link of small.links) {
      expect(ids.has(link.fromId) && ids.has(link.toId)).toBe(true)
      expect(link.fromId).not.toBe(link.toId)
      expect(LINK_KINDS).toContain(link.kind)
      pairs.add([link.fromId, link.toId].sort().concat(link.kind).join(' '))
    }
    expect(pairs.size).toBe(small.links.length)
  })

  it('dates links from 1990 to 2026, never ending before they start', () => {
    for (const link of small.links) {
      expect(link.startYear).toBeGreaterThanOrEqual(FIRST_YEAR)
      expect(link.startYear).toBeLessThanOrEqual(LAST_YEAR)
      if (link.endYear !== null) {
        expect(link.endYear).toBeGreaterThanOrEqual(link.startYear)
        expect(link.endYear).toBeLessThanOrEqual(LAST_YEAR)
      }
    }
    expect(small.links.some((link) => link.endYear !== null)).toBe(true)
  })

  it('files links under known initiatives, some of which have a parent, carried along', () => {
    const parentOf = new Map(small.initiatives.map((initiative) => [initiative.id, initiative.parentId]))
    expect([...parentOf.values()].filter(Boolean).length).toBeGreaterThanOrEqual(2)
    for (const link of small.links) {
      expect(link.initiatives.length).toBeGreaterThan(0)
      for (const id of link.initiatives) {
        expect(parentOf.has(id)).toBe(true)
        const parent = parentOf.get(id)
        if (parent) expect(link.initiatives).toContain(parent)
      }
    }
  })

  it('skews links toward hubs: the top 1% of institutions hold at least a fifth of the link ends', () => {
    const ends = new Map<string, number>()
    for (const link of small.links) {
      for (const id of [link.fromId, link.toId]) ends.set(id, (ends.get(id) ?? 0) + 1)
    }
    const counts = [...ends.values()].sort((a, b) => b - a)
    const top = counts.slice(0, small.institutions.length / 100).reduce((a, b) => a + b, 0)
    expect(top / (2 * small.links.length)).toBeGreaterThanOrEqual(0.2)
  })

  it('places every campus inside its country, and no two within 1.2 km', () => {
    const points = small.institutions
    for (const institution of points) {
      expect(isInCountry(institution.lng, institution.lat, institution.country)).toBe(true)
    }
    let nearest = Number.POSITIVE_INFINITY
    for (let i = 0; i < points.length; i += 1) {
      for (let j = i + 1; j < points.length; j += 1) {
        const a = points[i]
        const b = points[j]
        if (a && b && Math.abs(a.lat - b.lat) < 0.1) nearest = Math.min(nearest, kmBetween(a, b))
      }
    }
    expect(nearest).toBeGreaterThanOrEqual(MIN_CAMPUS_KM)
    expect(new Set(points.map((institution) => institution.country)).size).toBeGreaterThan(30)
  })

  it('keeps campuses 1.2 km from the points it is told to avoid', () => {
    const first = small.institutions[0]
    if (!first) throw new Error('the data set has no institution')
    const avoided = generateDataset('S', undefined, [first])
    for (const institution of avoided.institutions) {
      expect(kmBetween(institution, first)).toBeGreaterThanOrEqual(MIN_CAMPUS_KM)
    }
  })
})

import { describe, expect, it } from 'vitest'
import {
  angularDistance,
  greatCircleArc,
  greatCirclePath,
  type Position,
  splitAtAntimeridian,
  unwrap,
} from './greatCircle'

const BEIJING: [number, number] = [116.4, 39.9]
const VALENCIA: [number, number] = [-0.34, 39.48]
const TOKYO: [number, number] = [139.7, 35.7]
const SAN_FRANCISCO: [number, number] = [-122.4, 37.8]

describe('greatCirclePath', () => {
  it('starts and ends at the end points, with vertices no further apart than the step', () => {
    const path = greatCirclePath(BEIJING, VALENCIA, 4)
    expect(path[0]).toEqual(BEIJING)
    expect(path.at(-1)).toEqual(VALENCIA)
    for (let i = 1; i < path.length; i++) {
      expect(
        angularDistance(path[i - 1] as [number, number], path[i] as [number, number]),
      ).toBeLessThanOrEqual(4.0001)
    }
  })

  it('bows towards the pole, as a great circle between two northern cities does', () => {
    const path = greatCirclePath(BEIJING, VALENCIA)
    const highest = Math.max(...path.map(([, lat]) => lat))
    expect(highest).toBeGreaterThan(50)
  })

  it('gives a two-point path for one place to itself', () => {
    expect(greatCirclePath(BEIJING, BEIJING)).toEqual([BEIJING, BEIJING])
  })

  describe('between antipodal points, which every great circle joins', () => {
    const from: Position = [10, 20]
    const to: Position = [-170, -20]
    const expectUnbroken = (path: Position[], step: number) => {
      expect(new Set(path.map(String)).size).toBe(path.length)
      const lengths = path.slice(1).map((point, i) => angularDistance(path[i] as Position, point))
      for (const length of lengths) expect(length).toBeLessThanOrEqual(step + 1e-9)
      expect(lengths.reduce((sum, length) => sum + length, 0)).toBeCloseTo(180, 6)
    }

    it('goes through the north pole, whichever end it starts from', () => {
      for (const [a, b] of [
        [from, to],
        [to, from],
      ] as const) {
        const path = greatCirclePath(a, b, 4)
        expect(path[0]).toEqual(a)
        expect(path.at(-1)?.[1]).toBe(b[1])
        expectUnbroken(path, 4)
        // Within half a step of the pole.
        expect(Math.max(...path.map(([, lat]) => lat))).toBeGreaterThanOrEqual(88 - 1e-9)
      }
    })

    it('goes along the meridian of a pole it starts from', () => {
      const path = greatCirclePath([30, 90], [-150, -90], 10)
      expectUnbroken(path, 10)
      for (const [lon, lat] of path.slice(1, -1)) {
        expect(lon).toBeCloseTo(30, 6)
        expect(Math.abs(lat)).toBeLessThan(90)
      }
    })

    it('gives the same path every time, and one that can be drawn', () => {
      expect(greatCirclePath(from, to)).toEqual(greatCirclePath(from, to))
      for (const [lon] of greatCircleArc(from, to).flat()) expect(Math.abs(lon)).toBeLessThanOrEqual(180)
    })
  })
})

describe('splitAtAntimeridian', () => {
  it('leaves a path that does not cross ±180° whole', () => {
    expect(greatCircleArc(BEIJING, VALENCIA)).toHaveLength(1)
  })

  it('goes the short way across the Pacific and cuts there, every longitude within ±180', () => {
    const parts = greatCircleArc(TOKYO, SAN_FRANCISCO)
    expect(parts).toHaveLength(2)
    const [west, east] = parts as [[number, number][], [number, number][]]
    expect(west.at(-1)?.[0]).toBe(180)
    expect(east[0]?.[0]).toBe(-180)
    expect(west.at(-1)?.[1]).toBeCloseTo(east[0]?.[1] ?? Number.NaN, 10)
    for (const [lon] of parts.flat()) expect(Math.abs(lon)).toBeLessThanOrEqual(180)
    // The short way stays in the Pacific: no vertex in Europe or Africa.
    for (const [lon] of parts.flat()) expect(Math.abs(lon)).toBeGreaterThan(100)
  })

  it('cuts the same way when drawn east to west', () => {
    const parts = greatCircleArc(SAN_FRANCISCO, TOKYO)
    expect(parts).toHaveLength(2)
    expect(parts[0]?.at(-1)?.[0]).toBe(-180)
    expect(parts[1]?.[0]?.[0]).toBe(180)
  })

  it('leaves no piece of no length when a path starts on the antimeridian', () => {
    expect(
      splitAtAntimeridian([
        [180, 0],
        [179, 1],
      ]),
    ).toEqual([
      [
        [180, 0],
        [179, 1],
      ],
    ])
  })

  it('keeps a path between two institutions at one place', () => {
    expect(greatCircleArc([116.4, 39.9], [116.4, 39.9])).toEqual([
      [
        [116.4, 39.9],
        [116.4, 39.9],
      ],
    ])
  })

  it('brings an unwrapped path back into range', () => {
    expect(
      splitAtAntimeridian([
        [190, 0],
        [200, 1],
      ]),
    ).toEqual([
      [
        [-170, 0],
        [-160, 1],
      ],
    ])
  })
})

describe('unwrap', () => {
  it('takes the short way at each step, so a path across ±180° stays continuous', () => {
    expect(
      unwrap([
        [179, 0],
        [-179, 1],
        [-178, 2],
      ]),
    ).toEqual([
      [179, 0],
      [181, 1],
      [182, 2],
    ])
  })
})

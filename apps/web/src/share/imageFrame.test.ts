import { describe, expect, it } from 'vitest'
import { dataBounds, fitCamera, projector } from './imageFrame'

const image = { width: 1920, height: 1080 }
const none = { top: 0, right: 0, bottom: 0, left: 0 }

describe('dataBounds', () => {
  it('holds every position', () => {
    expect(
      dataBounds([
        [19.45, 51.75],
        [116.4, 39.9],
        [106.55, 29.56],
      ]),
    ).toEqual({ west: 19.45, south: 29.56, east: 116.4, north: 51.75 })
  })

  it('goes the short way across the antimeridian, east past 180', () => {
    expect(
      dataBounds([
        [178, -18],
        [-179, -17],
        [174.8, -41.3],
      ]),
    ).toEqual({ west: 174.8, south: -41.3, east: 181, north: -17 })
  })

  it('is null without positions, a point for one', () => {
    expect(dataBounds([])).toBeNull()
    expect(dataBounds([[10, 20]])).toEqual({ west: 10, south: 20, east: 10, north: 20 })
  })
})

describe('fitCamera and projector', () => {
  const bounds = { west: 19.45, south: 29.56, east: 116.4, north: 51.75 }

  it('puts the bounds’ corners on the edges of the image along the tighter side', () => {
    const camera = fitCamera(bounds, image, none, 1, 20)
    const project = projector(camera, image, 1)
    const sw = project([bounds.west, bounds.south])
    const ne = project([bounds.east, bounds.north])
    // Wider than the image's shape: it spans the width, centred in the height.
    expect(sw.x).toBeCloseTo(0)
    expect(ne.x).toBeCloseTo(1920)
    expect(sw.y + ne.y).toBeCloseTo(1080)
    expect(sw.y - ne.y).toBeLessThan(1080)
  })

  it('fits within the image less its insets, centred in what is left', () => {
    const insets = { top: 200, right: 100, bottom: 150, left: 300 }
    const camera = fitCamera(bounds, image, insets, 1, 20)
    const project = projector(camera, image, 1)
    const sw = project([bounds.west, bounds.south])
    const ne = project([bounds.east, bounds.north])
    expect(sw.x).toBeCloseTo(300)
    expect(ne.x).toBeCloseTo(1820)
    expect((sw.y + ne.y) / 2).toBeCloseTo(200 + (1080 - 350) / 2)
  })

  it('gives the same frame at any pixel ratio, one zoom level apart per doubling', () => {
    const one = fitCamera(bounds, { width: 3840, height: 2160 }, none, 1, 20)
    const two = fitCamera(bounds, { width: 3840, height: 2160 }, none, 2, 20)
    expect(two.zoom).toBeCloseTo(one.zoom - 1)
    expect(two.center[0]).toBeCloseTo(one.center[0])
    expect(projector(two, { width: 3840, height: 2160 }, 2)([116.4, 51.75]).x).toBeCloseTo(3840)
  })

  it('stops at the closest zoom for a single point, centred on it', () => {
    const camera = fitCamera({ west: 10, south: 20, east: 10, north: 20 }, image, none, 1, 10)
    expect(camera.zoom).toBe(10)
    expect(camera.center[0]).toBeCloseTo(10)
    expect(camera.center[1]).toBeCloseTo(20)
  })

  it('frames data across the antimeridian from the nearer copy of the world', () => {
    const camera = fitCamera({ west: 170, south: -20, east: 190, north: 0 }, image, none, 1, 20)
    expect(camera.center[0]).toBeCloseTo(-180)
    const project = projector(camera, image, 1)
    expect(project([-170, -10]).x).toBeGreaterThan(project([170, -10]).x)
    expect(project([-170, -10]).x).toBeLessThanOrEqual(1920.001)
  })
})

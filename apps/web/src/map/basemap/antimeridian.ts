import { type Position, splitAtAntimeridian, unwrap } from '@atlas/geo'

/**
 * Natural Earth's rings and lines jump from +180° to -180° where they cross the antimeridian; drawn as they are,
 * those jumps become streaks across the whole map. These functions cut them into pieces within [-180, 180], once,
 * when scripts/build-basemap.ts prepares the basemap.
 */

/** A line as parts that never cross ±180°. */
export function splitLine(line: Position[]): Position[][] {
  return jumps(line) ? splitAtAntimeridian(unwrap(line)) : [line]
}

/** Whether a path jumps across the antimeridian anywhere (most do not, and are left as they are). */
function jumps(path: Position[]): boolean {
  for (let i = 1; i < path.length; i++) {
    if (Math.abs((path[i] as Position)[0] - (path[i - 1] as Position)[0]) > 180) return true
  }
  return false
}

/**
 * A polygon (outer ring, then holes) as polygons within [-180, 180], wound as RFC 7946 asks (outer rings
 * counterclockwise). A ring that goes all the way round a pole (Antarctica) is closed along that pole; a ring lying
 * on the pole itself adds nothing to a flat map and is dropped.
 */
export function splitPolygon(rings: Position[][]): Position[][][] {
  if (!rings.some(jumps)) return [rings.map((ring, i) => windAs(ring, i === 0 ? 1 : -1))]
  const planar = rings.flatMap((ring) => {
    const flat = toPlanarRing(ring)
    return flat ? [flat] : []
  })
  const [outer, ...unplacedHoles] = planar
  if (!outer) return []
  // Holes lie inside the outer ring, so they go to the same side of the cut as the part of it around them.
  const west = Math.min(...outer.map(([lon]) => lon))
  const holes = unplacedHoles.map((hole) => {
    const shift = 360 * Math.ceil((west - (hole[0]?.[0] ?? west)) / 360)
    return hole.map(([lon, lat]): Position => [lon + shift, lat])
  })
  const sides = [
    { keep: (lon: number) => lon <= 180, shift: 0 },
    { keep: (lon: number) => lon >= 180, shift: -360 },
  ]
  return sides.flatMap(({ keep, shift }) => {
    const outerPart = clipRing(outer, keep)
    if (!outerPart) return []
    const holeParts = holes.flatMap((hole) => {
      const part = clipRing(hole, keep)
      return part ? [part] : []
    })
    const polygon = [windAs(outerPart, 1), ...holeParts.map((hole) => windAs(hole, -1))]
    return [polygon.map((ring) => ring.map(([lon, lat]): Position => [lon + shift, lat]))]
  })
}

/** Twice the signed area of a closed ring: positive when it runs counterclockwise. */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] as Position
    const [x2, y2] = ring[i + 1] as Position
    sum += x1 * y2 - x2 * y1
  }
  return sum
}

function windAs(ring: Position[], sign: 1 | -1): Position[] {
  return Math.sign(ringArea(ring)) === sign ? ring : [...ring].reverse()
}

const POLE_RING_LATITUDE = 89.9

/** The ring unwrapped and moved so that its westernmost point lies within [-180, 180). */
function toPlanarRing(ring: Position[]): Position[] | null {
  if (ring.every(([, lat]) => Math.abs(lat) >= POLE_RING_LATITUDE)) return null
  const path = unwrap(ring)
  const first = path[0]
  const last = path[path.length - 1]
  if (!first || !last) return null
  if (last[0] !== first[0]) {
    const pole = path.reduce((sum, [, lat]) => sum + lat, 0) < 0 ? -90 : 90
    path.push([last[0], pole], [first[0], pole], first)
  }
  const west = Math.min(...path.map(([lon]) => lon))
  const shift = -360 * Math.floor((west + 180) / 360)
  return path.map(([lon, lat]) => [lon + shift, lat])
}

/** Sutherland–Hodgman against the meridian at 180°: the part of a closed ring on one side, or null if it has no area. */
function clipRing(ring: Position[], keep: (lon: number) => boolean): Position[] | null {
  const out: Position[] = []
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Position
    const b = ring[i + 1] as Position
    if (keep(a[0])) out.push(a)
    if (keep(a[0]) !== keep(b[0])) {
      const t = (180 - a[0]) / (b[0] - a[0])
      out.push([180, a[1] + t * (b[1] - a[1])])
    }
  }
  const start = out[0]
  if (!start) return null
  out.push(start)
  return Math.abs(ringArea(out)) < 1e-9 ? null : out
}

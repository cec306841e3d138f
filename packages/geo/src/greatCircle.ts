export type Position = [lon: number, lat: number]

type Vector = [number, number, number]

const RAD = Math.PI / 180
const NORTH_POLE: Vector = [0, 0, 1]
/** Below this length (in units of the sphere's radius, about 6 mm on the Earth) a direction is not told apart. */
const EPSILON = 1e-9

function toVector([lon, lat]: Position): Vector {
  const cosLat = Math.cos(lat * RAD)
  return [cosLat * Math.cos(lon * RAD), cosLat * Math.sin(lon * RAD), Math.sin(lat * RAD)]
}

function toPosition([x, y, z]: Vector): Position {
  return [Math.atan2(y, x) / RAD, Math.atan2(z, Math.hypot(x, y)) / RAD]
}

function dot(a: Vector, b: Vector): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

/** a·f + b·g */
function combine(a: Vector, f: number, b: Vector, g: number): Vector {
  return [a[0] * f + b[0] * g, a[1] * f + b[1] * g, a[2] * f + b[2] * g]
}

/** `v`'s part at right angles to the unit vector `a`, scaled to unit length; null when `v` lies along `a`. */
function perpendicular(v: Vector, a: Vector): Vector | null {
  const rest = combine(v, 1, a, -dot(a, v))
  const length = Math.hypot(...rest)
  return length < EPSILON ? null : [rest[0] / length, rest[1] / length, rest[2] / length]
}

/** Angular distance between two points, in degrees. */
export function angularDistance(a: Position, b: Position): number {
  const cos = Math.min(1, Math.max(-1, dot(toVector(a), toVector(b))))
  return Math.acos(cos) / RAD
}

/**
 * The unit vector in which the great circle from `from` to `to` sets off. Every great circle through `from` reaches
 * its antipode, so for antipodal points this picks one, the same every time: the one through the north pole, or,
 * from a pole, the one along `from`'s meridian.
 */
function heading(from: Position, to: Position): Vector {
  const a = toVector(from)
  const [lon] = from
  return (
    perpendicular(toVector(to), a) ??
    perpendicular(NORTH_POLE, a) ?? [Math.cos(lon * RAD), Math.sin(lon * RAD), 0]
  )
}

/**
 * The shorter great-circle path from `from` to `to`, one vertex at least every `stepDegrees` of arc (for antipodal
 * points, the one through the north pole). Longitudes are unwrapped (they may leave ±180) so the path is
 * continuous; `splitAtAntimeridian` makes it valid GeoJSON.
 */
export function greatCirclePath(from: Position, to: Position, stepDegrees = 4): Position[] {
  const distance = angularDistance(from, to)
  const steps = Math.max(1, Math.ceil(distance / stepDegrees))
  const a = toVector(from)
  const towards = heading(from, to)
  const path: Position[] = [from]
  for (let i = 1; i < steps; i++) {
    const angle = (i / steps) * distance * RAD
    path.push(toPosition(combine(a, Math.cos(angle), towards, Math.sin(angle))))
  }
  path.push(to)
  return unwrap(path)
}

/** Longitudes made continuous: each differs from the one before by at most 180° (they may leave ±180). */
export function unwrap(path: Position[]): Position[] {
  const out: Position[] = []
  for (const [lon, lat] of path) {
    const previous = out[out.length - 1]
    out.push([previous ? lon + 360 * Math.round((previous[0] - lon) / 360) : lon, lat])
  }
  return out
}

/** Cuts an unwrapped path where it crosses ±180°, so each part stays within [-180, 180] (RFC 7946 §3.1.9). */
export function splitAtAntimeridian(path: Position[]): Position[][] {
  const parts: Position[][] = []
  let part: Position[] = []
  // Added to every longitude so that the current part lies within [-180, 180].
  let shift = 0
  path.forEach(([lon, lat], i) => {
    const previous = path[i - 1]
    if (!previous) {
      shift = -360 * Math.round(lon / 360)
    } else if (Math.abs(lon + shift) > 180) {
      const edge = lon + shift > 180 ? 180 : -180
      const t = (edge - (previous[0] + shift)) / (lon - previous[0])
      const latAtEdge = previous[1] + t * (lat - previous[1])
      part.push([edge, latAtEdge])
      parts.push(part)
      shift -= Math.sign(edge) * 360
      part = [[-edge, latAtEdge]]
    }
    part.push([lon + shift, lat])
  })
  parts.push(part)
  // A path that starts or ends exactly on ±180° would otherwise leave a piece of no length on the other side.
  // (A path that never moves, between two institutions at one place, stays as it is.)
  const pieces = parts.filter((piece) =>
    piece.some(([lon, lat]) => lon !== piece[0]?.[0] || lat !== piece[0]?.[1]),
  )
  return pieces.length > 0 ? pieces : parts
}

/** A great-circle arc as GeoJSON-ready line parts: one part, or two where it crosses the antimeridian. */
export function greatCircleArc(from: Position, to: Position, stepDegrees = 4): Position[][] {
  return splitAtAntimeridian(greatCirclePath(from, to, stepDegrees))
}

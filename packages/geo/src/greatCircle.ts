export type Position = [lon: number, lat: number]

const RAD = Math.PI / 180

function toVector([lon, lat]: Position): [number, number, number] {
  const cosLat = Math.cos(lat * RAD)
  return [cosLat * Math.cos(lon * RAD), cosLat * Math.sin(lon * RAD), Math.sin(lat * RAD)]
}

function toPosition([x, y, z]: [number, number, number]): Position {
  return [Math.atan2(y, x) / RAD, Math.atan2(z, Math.hypot(x, y)) / RAD]
}

/** Angular distance between two points, in degrees. */
export function angularDistance(a: Position, b: Position): number {
  const [ax, ay, az] = toVector(a)
  const [bx, by, bz] = toVector(b)
  const dot = Math.min(1, Math.max(-1, ax * bx + ay * by + az * bz))
  return Math.acos(dot) / RAD
}

/**
 * The shorter great-circle path from `from` to `to`, one vertex at least every `stepDegrees` of arc. Longitudes
 * are unwrapped (they may leave ±180) so the path is continuous; `splitAtAntimeridian` makes it valid GeoJSON.
 */
export function greatCirclePath(from: Position, to: Position, stepDegrees = 4): Position[] {
  const distance = angularDistance(from, to)
  const steps = Math.max(1, Math.ceil(distance / stepDegrees))
  const a = toVector(from)
  const b = toVector(to)
  const sinD = Math.sin(distance * RAD)
  const path: Position[] = [from]
  for (let i = 1; i < steps; i++) {
    const f = i / steps
    // Spherical linear interpolation; points that coincide or are antipodal fall back to the end points.
    const wa = sinD === 0 ? 1 - f : Math.sin((1 - f) * distance * RAD) / sinD
    const wb = sinD === 0 ? f : Math.sin(f * distance * RAD) / sinD
    path.push(toPosition([wa * a[0] + wb * b[0], wa * a[1] + wb * b[1], wa * a[2] + wb * b[2]]))
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

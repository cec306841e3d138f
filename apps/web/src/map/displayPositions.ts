import type { Position } from '@atlas/geo'
import type { InstitutionSummary } from '@atlas/schema'

/** About 450 m: at the zoom where clusters open (12) neighbours are some 30 px apart, room for a circle each. */
const SPACING_DEGREES = 0.004
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5))

/**
 * Where each institution is drawn. Institutions located only to their city share its point, and points that
 * coincide can never be told apart however far one zooms in; so each group sharing a point is spread on a small
 * sunflower spiral around it (in order of id, so the layout is stable). Others are drawn where they are.
 */
export function displayPositions(institutions: readonly InstitutionSummary[]): Map<string, Position> {
  const byPoint = new Map<string, InstitutionSummary[]>()
  for (const institution of institutions) {
    const key = `${institution.lon},${institution.lat}`
    byPoint.set(key, [...(byPoint.get(key) ?? []), institution])
  }
  const positions = new Map<string, Position>()
  for (const group of byPoint.values()) {
    const sorted = [...group].sort((a, b) => (a.id < b.id ? -1 : 1))
    sorted.forEach((institution, i) => {
      positions.set(
        institution.id,
        group.length === 1 ? [institution.lon, institution.lat] : spiral(institution, i),
      )
    })
  }
  return positions
}

function spiral({ lon, lat }: InstitutionSummary, i: number): Position {
  const radius = SPACING_DEGREES * Math.sqrt(i + 0.5)
  const angle = i * GOLDEN_ANGLE
  // A degree of longitude shrinks towards the poles; widening it keeps the spiral round on the map.
  const lonScale = 1 / Math.max(0.1, Math.cos((lat * Math.PI) / 180))
  return [lon + radius * Math.cos(angle) * lonScale, lat + radius * Math.sin(angle)]
}

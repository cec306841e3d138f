import type { Position } from '@atlas/geo'
import type { InstitutionSummary } from '@atlas/schema'

/**
 * At the zoom where clusters open (12: some 2,900 px a degree of longitude), rows 0.03° apart are some 100 px, room
 * for a long name on a few lines beside each point, and columns 0.08° apart some 230 px, room for the left
 * column's labels (placed on the right of their points first) before the right column begins.
 */
const ROW_DEGREES = 0.03
const COLUMN_DEGREES = 0.08

/**
 * Where each institution is drawn. Institutions located only to their city share its point, and points that
 * coincide can never be told apart however far one zooms in; so each group sharing a point is laid out as a small
 * grid centred on it, in order of name (stable, and read row by row like a list): one column for up to three, two
 * beyond, far enough apart that every member can be picked and named where the cluster opens. Others are drawn where they are.
 */
export function displayPositions(institutions: readonly InstitutionSummary[]): Map<string, Position> {
  const byPoint = new Map<string, InstitutionSummary[]>()
  for (const institution of institutions) {
    const key = `${institution.lon},${institution.lat}`
    byPoint.set(key, [...(byPoint.get(key) ?? []), institution])
  }
  const positions = new Map<string, Position>()
  for (const group of byPoint.values()) {
    const sorted = [...group].sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1))
    sorted.forEach((institution, i) => {
      positions.set(
        institution.id,
        group.length === 1 ? [institution.lon, institution.lat] : gridPosition(institution, i, group.length),
      )
    })
  }
  return positions
}

function gridPosition({ lon, lat }: InstitutionSummary, i: number, count: number): Position {
  const columns = count <= 3 ? 1 : 2
  const rows = Math.ceil(count / columns)
  const column = i % columns
  const row = Math.floor(i / columns)
  // A degree of longitude shrinks towards the poles; widening it keeps the grid's proportions on the map.
  const lonScale = 1 / Math.max(0.1, Math.cos((lat * Math.PI) / 180))
  return [
    lon + (column - (columns - 1) / 2) * COLUMN_DEGREES * lonScale,
    lat + ((rows - 1) / 2 - row) * ROW_DEGREES,
  ]
}

import { greatCircleArc, type Position } from '@atlas/geo'
import type { FeatureCollection, MultiLineString, Point } from 'geojson'
import type { BenchDataset } from '../generate/dataset'

/** The app's own step between arc vertices (apps/web/src/map/features.ts), so both pages draw as many. */
const ARC_STEP_DEGREES = 1.5

/** Features serialised together into one piece of the arcs file, so that no single string grows huge at L. */
const FEATURES_PER_PIECE = 2_000

/** What an arc of the bare page carries: its link, and the first of its initiatives, which its filter reads. */
export interface FloorArcProperties {
  id: string
  initiative: string
}

/** About a metre: as fine as a map of the world can show, and it keeps the static file small. */
function rounded([lon, lat]: Position): Position {
  return [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5]
}

/** Every institution as a point, for the bare page's one institutions source. */
export function floorInstitutions(dataset: BenchDataset): FeatureCollection<Point, { id: string }> {
  return {
    type: 'FeatureCollection',
    features: dataset.institutions.map((institution) => ({
      type: 'Feature',
      properties: { id: institution.id },
      geometry: { type: 'Point', coordinates: rounded([institution.lng, institution.lat]) },
    })),
  }
}

/**
 * Every link as a great-circle arc cut at the antimeridian, as a GeoJSON FeatureCollection in pieces whose
 * concatenation is the file: at L the whole would be longer than a JavaScript string may be.
 */
export function floorArcPieces(dataset: BenchDataset): Buffer[] {
  const positions = new Map(
    dataset.institutions.map((institution): [string, Position] => [
      institution.id,
      [institution.lng, institution.lat],
    ]),
  )
  const pieces = [Buffer.from('{"type":"FeatureCollection","features":[')]
  let batch: string[] = []
  const flush = () => {
    pieces.push(Buffer.from((pieces.length > 1 ? ',' : '') + batch.join(',')))
    batch = []
  }
  for (const link of dataset.links) {
    const from = positions.get(link.fromId)
    const to = positions.get(link.toId)
    if (!from || !to) continue
    const properties: FloorArcProperties = { id: link.id, initiative: link.initiatives[0] ?? '' }
    const geometry: MultiLineString = {
      type: 'MultiLineString',
      coordinates: greatCircleArc(from, to, ARC_STEP_DEGREES).map((part) => part.map(rounded)),
    }
    batch.push(JSON.stringify({ type: 'Feature', properties, geometry }))
    if (batch.length === FEATURES_PER_PIECE) flush()
  }
  if (batch.length > 0) flush()
  pieces.push(Buffer.from(']}'))
  return pieces
}

/**
 * The initiative both pages turn off for the filter change: of those without sub-initiatives, so that one
 * checkbox drops exactly one, the one that comes first on most links.
 */
export function initiativeToDrop(dataset: BenchDataset): BenchDataset['initiatives'][number] {
  const parents = new Set(dataset.initiatives.map((initiative) => initiative.parentId))
  const firsts = new Map<string, number>()
  for (const link of dataset.links) {
    const [first] = link.initiatives
    if (first) firsts.set(first, (firsts.get(first) ?? 0) + 1)
  }
  const [best] = dataset.initiatives
    .filter((initiative) => !parents.has(initiative.id))
    .sort((a, b) => (firsts.get(b.id) ?? 0) - (firsts.get(a.id) ?? 0))
  if (!best) throw new Error('the data set has no initiative to filter by')
  return best
}

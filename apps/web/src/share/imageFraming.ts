import type { Position } from '@atlas/geo'
import type { Insets } from '../map/useView'
import { type Camera, dataBounds, fitCamera, projector } from './imageFrame'
import {
  ARRANGEMENTS,
  type Arrangement,
  type ImageLayout,
  type ImageLayoutInput,
  layoutImage,
  type Measure,
  type Rect,
} from './imageLayout'

/** What an image shows: its institutions' positions, and points along its arcs. */
export interface FramedData {
  places: readonly Position[]
  arcPoints: readonly Position[]
}

export interface Framing {
  arrangement: Arrangement
  layout: ImageLayout
  camera: Camera
  /** Data points under the title, legend or source line: 0 unless nothing better could be found. */
  covered: number
}

export interface FramingInput extends ImageLayoutInput {
  pixelRatio: number
  /** No closer than this, however little the data spans. */
  maxZoom: number
}

/** Covering an institution is worse than covering a stretch of arc: it counts as this many points of arc. */
const PLACE_WEIGHT = 10
/** Points of arc weighed at most: enough to tell the arrangements apart, few enough for thousands of links. */
const MAX_ARC_POINTS = 2000
const EDGES = ['top', 'right', 'bottom', 'left'] as const

/**
 * The image framed to its data: for every arrangement of the title, legend and source line, the map is fitted to
 * the data either across the whole image or beside some of those blocks (the bands along the edges they sit on
 * kept clear); of all these the one whose blocks cover the fewest data points wins, and of those the one that
 * shows the data largest. Null when there is no data to frame.
 */
export function frameImage(input: FramingInput, data: FramedData, measure: Measure): Framing | null {
  const bounds = dataBounds([...data.places, ...data.arcPoints])
  if (!bounds) return null
  const arcPoints = everyNth(data.arcPoints, Math.ceil(data.arcPoints.length / MAX_ARC_POINTS))
  const scale = Math.min(input.width / 1920, input.height / 1080)
  // Room around the data for the institutions' circles, and a little air, wherever the blocks are.
  const air = Math.round(48 * scale)
  const gap = Math.round(16 * scale)

  let best: Framing | null = null
  for (const arrangement of ARRANGEMENTS) {
    const layout = layoutImage(input, measure, arrangement)
    const blocks = [layout.title?.box, layout.legend?.box, layout.source?.box]
      .filter((box): box is Rect => box !== undefined)
      .map((box) => grow(box, gap))
    const bands = edgeBands(blocks, input)
    for (const kept of subsets(EDGES)) {
      const insets = { top: air, right: air, bottom: air, left: air }
      for (const edge of kept) insets[edge] = Math.max(air, bands[edge] + gap)
      const camera = fitCamera(bounds, input, insets, input.pixelRatio, input.maxZoom)
      const project = projector(camera, input, input.pixelRatio)
      const under = (position: Position) => {
        const { x, y } = project(position)
        return blocks.some(
          (box) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height,
        )
      }
      const covered = PLACE_WEIGHT * data.places.filter(under).length + arcPoints.filter(under).length
      if (
        !best ||
        covered < best.covered ||
        (covered === best.covered && camera.zoom > best.camera.zoom + 1e-9)
      ) {
        best = { arrangement, layout, camera, covered }
      }
    }
  }
  return best
}

/** How far in from each edge the blocks on that side of the image's middle reach. */
function edgeBands(blocks: readonly Rect[], { width, height }: { width: number; height: number }): Insets {
  const bands = { top: 0, right: 0, bottom: 0, left: 0 }
  for (const box of blocks) {
    const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    if (middle.y < height / 2) bands.top = Math.max(bands.top, box.y + box.height)
    else bands.bottom = Math.max(bands.bottom, height - box.y)
    if (middle.x < width / 2) bands.left = Math.max(bands.left, box.x + box.width)
    else bands.right = Math.max(bands.right, width - box.x)
  }
  return bands
}

function grow(box: Rect, by: number): Rect {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by }
}

/** Every subset, the smallest first. */
function subsets<T>(items: readonly T[]): T[][] {
  const all = Array.from({ length: 2 ** items.length }, (_, mask) =>
    items.filter((_, index) => mask & (1 << index)),
  )
  return all.sort((a, b) => a.length - b.length)
}

function everyNth<T>(items: readonly T[], n: number): readonly T[] {
  return n <= 1 ? items : items.filter((_, index) => index % n === 0)
}

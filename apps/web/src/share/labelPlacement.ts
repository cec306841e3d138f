import type { Point } from './imageFrame'
import { type Measure, overlaps, type Rect, wrapText } from './imageLayout'

/**
 * Names set beside the institutions of an exported image, none over another, over a circle or over the title,
 * legend or source line: each name in turn, the most linked first, takes the first place around its point that
 * is clear. Pure: text is measured through `measure`.
 */

export interface LabelRequest {
  name: string
  at: Point
  /** Placed first when higher: the number of links, say. */
  priority: number
}

export interface PlacedLabel {
  name: string
  /** What the text covers, with room for its halo. */
  box: Rect
  lines: string[]
  /** Where each line starts (or ends, or is centred on, by `align`), and the first line's baseline. */
  x: number
  y: number
  align: 'left' | 'right' | 'center'
  px: number
  lineHeight: number
  /** A line from the circle to a name stacked away from it, which might otherwise be read as another's. */
  leader: { from: Point; to: Point } | null
}

export interface LabelOptions {
  /** Type size in image pixels; names are set bold. */
  px: number
  /** The circles' radius in image pixels: names keep off every circle. */
  radius: number
  /** Wider names wrap onto a second line. */
  maxWidth: number
  /** Where names may go: the image. */
  frame: Rect
  /** What names may not cover: the title, legend and source line. */
  obstacles: readonly Rect[]
}

/** Places that names of one city, all on one point, stack into beside it: this many above and below. */
const STACK_DEPTH = 6
/** Long names wrap onto this many lines before they are cut short. */
const MAX_LINES = 3

export function placeLabels(
  requests: readonly LabelRequest[],
  options: LabelOptions,
  measure: Measure,
): PlacedLabel[] {
  const { px, radius, frame } = options
  const lineHeight = Math.round(px * 1.2)
  const halo = Math.ceil(px * 0.15)
  const circles = requests.map(({ at }) => ({
    x: at.x - radius,
    y: at.y - radius,
    width: 2 * radius,
    height: 2 * radius,
  }))
  const taken: Rect[] = [...options.obstacles, ...circles]
  const placed: PlacedLabel[] = []
  const ordered = [...requests].sort((a, b) => b.priority - a.priority || a.name.localeCompare(b.name))
  for (const { name, at } of ordered) {
    const lines = wrapText(name, options.maxWidth, (line) => measure(line, px, true), MAX_LINES)
    const size = {
      width: Math.ceil(Math.max(...lines.map((line) => measure(line, px, true)))) + 2 * halo,
      height: lines.length * lineHeight + 2 * halo,
    }
    const spot = candidates(at, size, radius + Math.round(px * 0.3)).find(
      ({ box }) => inside(box, frame) && !taken.some((other) => overlaps(box, other)),
    )
    if (!spot) continue
    taken.push(spot.box)
    const { box, align } = spot
    placed.push({
      leader: spot.stacked ? leader(at, box, align, radius) : null,
      name,
      box,
      lines,
      x:
        align === 'left'
          ? box.x + halo
          : align === 'right'
            ? box.x + box.width - halo
            : box.x + box.width / 2,
      y: box.y + halo + lineHeight - Math.round(px * 0.25),
      align,
      px,
      lineHeight,
    })
  }
  return placed
}

interface Spot {
  box: Rect
  align: PlacedLabel['align']
  /** Set above or below the place level with the point. */
  stacked?: boolean
}

/**
 * Where a name of `size` may go around a point, the likeliest first: right, left, above, below, the diagonals,
 * then stacked above and below the right and left places, for the many names of one city.
 */
function candidates(at: Point, size: { width: number; height: number }, distance: number): Spot[] {
  const { width, height } = size
  const diagonal = Math.round(distance * 0.7)
  const box = (x: number, y: number): Rect => ({ x: Math.round(x), y: Math.round(y), width, height })
  const right = (shift: number): Spot => ({
    box: box(at.x + distance, at.y - height / 2 + shift),
    align: 'left',
    stacked: shift !== 0,
  })
  const left = (shift: number): Spot => ({
    box: box(at.x - distance - width, at.y - height / 2 + shift),
    align: 'right',
    stacked: shift !== 0,
  })
  const stacked = Array.from({ length: STACK_DEPTH }, (_, i) => i + 1).flatMap((step) =>
    [step, -step].flatMap((side) => [right(side * height), left(side * height)]),
  )
  return [
    right(0),
    left(0),
    { box: box(at.x - width / 2, at.y - distance - height), align: 'center' },
    { box: box(at.x - width / 2, at.y + distance), align: 'center' },
    { box: box(at.x + diagonal, at.y - diagonal - height), align: 'left' },
    { box: box(at.x + diagonal, at.y + diagonal), align: 'left' },
    { box: box(at.x - diagonal - width, at.y - diagonal - height), align: 'right' },
    { box: box(at.x - diagonal - width, at.y + diagonal), align: 'right' },
    ...stacked,
  ]
}

/** From the circle's rim towards the middle of the name's near side. */
function leader(at: Point, box: Rect, align: PlacedLabel['align'], radius: number): PlacedLabel['leader'] {
  const to = { x: align === 'left' ? box.x : box.x + box.width, y: box.y + box.height / 2 }
  const length = Math.hypot(to.x - at.x, to.y - at.y) || 1
  const from = { x: at.x + ((to.x - at.x) / length) * radius, y: at.y + ((to.y - at.y) / length) * radius }
  return { from, to }
}

function inside(box: Rect, frame: Rect): boolean {
  return (
    box.x >= frame.x &&
    box.y >= frame.y &&
    box.x + box.width <= frame.x + frame.width &&
    box.y + box.height <= frame.y + frame.height
  )
}

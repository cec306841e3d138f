/** Something on the map that the keyboard can focus, where it is on the screen. */
export interface ScreenItem {
  key: string
  x: number
  y: number
}

export type Direction = 'left' | 'right' | 'up' | 'down'

const UNIT: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
}

/** How much a step sideways counts against an item, beside a step in the asked direction. */
const SIDEWAYS_WEIGHT = 2
/** Items further sideways than this many times their distance ahead are not in the direction at all (~63°). */
const MAX_SIDEWAYS = 2

/**
 * The item a keyboard step goes to from `from`: the nearest one ahead in the direction, sideways distance counting
 * double, so that Right goes to the next thing to the east rather than to one far up or down; null when nothing
 * lies that way.
 */
export function stepTo<Item extends ScreenItem>(
  items: readonly Item[],
  from: ScreenItem,
  direction: Direction,
): Item | null {
  const [dx, dy] = UNIT[direction]
  let best: Item | null = null
  let bestScore = Number.POSITIVE_INFINITY
  for (const item of items) {
    if (item.key === from.key) continue
    const ahead = (item.x - from.x) * dx + (item.y - from.y) * dy
    const sideways = Math.abs((item.x - from.x) * dy - (item.y - from.y) * dx)
    if (ahead <= 0 || sideways > ahead * MAX_SIDEWAYS) continue
    const score = ahead + SIDEWAYS_WEIGHT * sideways
    if (score < bestScore) {
      best = item
      bestScore = score
    }
  }
  return best
}

/** The item nearest a point of the screen (the map's centre, where focus starts), or null when there is none. */
export function nearestTo<Item extends ScreenItem>(
  items: readonly Item[],
  x: number,
  y: number,
): Item | null {
  let best: Item | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  for (const item of items) {
    const distance = Math.hypot(item.x - x, item.y - y)
    if (distance < bestDistance) {
      best = item
      bestDistance = distance
    }
  }
  return best
}

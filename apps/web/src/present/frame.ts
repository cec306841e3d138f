import type { Position } from '@atlas/geo'
import type { Insets } from '../map/useView'
import { type Bounds, viewOfBounds } from '../share/viewBounds'
import type { MapView } from '../state/atlasView'

/** The screen's size in CSS pixels. */
export interface Size {
  width: number
  height: number
}

/** A box on the screen in CSS pixels from its top left corner, as getBoundingClientRect gives it. */
export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/**
 * How the map shows a stop: the view, and the padding it keeps for what covers the map (the view's centre is the
 * centre of the rest, as MapLibre's padding makes it).
 */
export interface Framing {
  view: MapView
  padding: Insets
}

export interface FrameOptions {
  /** The closest the frame comes: a stop about one place would otherwise zoom in without end. */
  maxZoom: number
  /** Pixels kept between the framed points and the edge of the free part of the screen, for the dots and arcs. */
  margin: number
}

/** A free box smaller than this, once the margins are off, holds nothing worth framing in. */
const SMALLEST_BOX = 48

/**
 * The view that shows `points` as large as they fit in the part of the screen nothing covers (the caption, the
 * controls) that holds them largest, at bearing and pitch 0; null when there are no points. Where no part is free,
 * the whole screen.
 */
export function frameView(
  points: readonly Position[],
  screen: Size,
  covers: readonly Box[],
  { maxZoom, margin }: FrameOptions,
): Framing | null {
  const bounds = boundsOf(points)
  if (!bounds) return null
  const viewIn = (box: Box) => {
    const width = box.right - box.left - 2 * margin
    const height = box.bottom - box.top - 2 * margin
    if (width < SMALLEST_BOX || height < SMALLEST_BOX) return null
    const view = viewOfBounds(bounds, { width, height })
    return { ...view, zoom: Math.min(maxZoom, view.zoom) }
  }
  let best: { box: Box; view: MapView } | null = null
  for (const box of freeBoxes(screen, covers)) {
    const view = viewIn(box)
    if (!view) continue
    const zoom = best?.view.zoom ?? Number.NEGATIVE_INFINITY
    if (view.zoom > zoom || (view.zoom === zoom && best && area(box) > area(best.box))) best = { box, view }
  }
  const whole = { left: 0, top: 0, right: screen.width, bottom: screen.height }
  const { box, view } = best ?? { box: whole, view: viewIn(whole) ?? viewOfBounds(bounds, screen) }
  return { view, padding: paddingOf(box, screen) }
}

/**
 * The smallest box around the points. Longitudes go round: the box spans them the short way, leaving out the widest
 * stretch without any, so that points either side of the antimeridian sit together (then `east` is less than `west`).
 */
export function boundsOf(points: readonly Position[]): Bounds | null {
  if (points.length === 0) return null
  const lons = [...new Set(points.map(([lon]) => wrapLongitude(lon)))].sort((a, b) => a - b)
  let [west = 0, east = 0] = [lons[0], lons[lons.length - 1]]
  let gap = 360 - (east - west)
  lons.forEach((lon, i) => {
    const next = lons[i + 1]
    if (next !== undefined && next - lon > gap) [west, east, gap] = [next, lon, next - lon]
  })
  const lats = points.map(([, lat]) => lat)
  return {
    west,
    east,
    south: Math.min(...lats),
    north: Math.max(...lats),
  }
}

/**
 * The padding that centres a view in the largest part of the screen nothing covers: for a stop whose view is pinned,
 * so that what it centres is not under the caption.
 */
export function freePadding(screen: Size, covers: readonly Box[]): Insets {
  let best: Box = { left: 0, top: 0, right: screen.width, bottom: screen.height }
  let bestArea = 0
  for (const box of freeBoxes(screen, covers)) {
    if (area(box) > bestArea) [best, bestArea] = [box, area(box)]
  }
  return paddingOf(best, screen)
}

/**
 * The boxes of the screen that no cover overlaps, bounded by the screen's and the covers' edges. A few covers give a
 * few dozen boxes; the caller picks the one that suits it.
 */
export function freeBoxes(screen: Size, covers: readonly Box[]): Box[] {
  const clipped = covers
    .map((cover) => ({
      left: clamp(cover.left, 0, screen.width),
      right: clamp(cover.right, 0, screen.width),
      top: clamp(cover.top, 0, screen.height),
      bottom: clamp(cover.bottom, 0, screen.height),
    }))
    .filter((cover) => cover.right > cover.left && cover.bottom > cover.top)
  const xs = edges(
    0,
    screen.width,
    clipped.flatMap((cover) => [cover.left, cover.right]),
  )
  const ys = edges(
    0,
    screen.height,
    clipped.flatMap((cover) => [cover.top, cover.bottom]),
  )
  const boxes: Box[] = []
  xs.forEach((left, i) => {
    for (const right of xs.slice(i + 1)) {
      ys.forEach((top, j) => {
        for (const bottom of ys.slice(j + 1)) {
          const box = { left, top, right, bottom }
          if (!clipped.some((cover) => overlaps(box, cover))) boxes.push(box)
        }
      })
    }
  })
  return boxes
}

/** Degrees into [-180, 180), as they are when they already are (wrapping costs a little precision). */
function wrapLongitude(lon: number): number {
  if (lon >= -180 && lon < 180) return lon
  return ((((lon + 180) % 360) + 360) % 360) - 180
}

function paddingOf(box: Box, screen: Size): Insets {
  return { top: box.top, left: box.left, right: screen.width - box.right, bottom: screen.height - box.bottom }
}

function edges(from: number, to: number, inside: number[]): number[] {
  return [...new Set([from, to, ...inside])].sort((a, b) => a - b)
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
}

function area(box: Box): number {
  return (box.right - box.left) * (box.bottom - box.top)
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

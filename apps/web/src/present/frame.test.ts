import type { Position } from '@atlas/geo'
import { describe, expect, it } from 'vitest'
import { type Box, boundsOf, type FrameOptions, frameView, freeBoxes, freePadding, type Size } from './frame'

const options: FrameOptions = { maxZoom: 10, margin: 20 }

/** Where a point lands on a screen showing `view` with `padding`, as MapLibre draws it (north up, no pitch). */
function onScreen(
  [lon, lat]: Position,
  frame: NonNullable<ReturnType<typeof frameView>>,
  screen: Size,
): [number, number] {
  const { view, padding } = frame
  const world = 512 * 2 ** view.zoom
  const x = (l: number) => ((l + 180) / 360) * world
  const y = (l: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360)) / Math.PI) / 2) * world
  const centreX = padding.left + (screen.width - padding.left - padding.right) / 2
  const centreY = padding.top + (screen.height - padding.top - padding.bottom) / 2
  let dx = x(lon) - x(view.lon)
  dx -= world * Math.round(dx / world)
  return [centreX + dx, centreY + y(lat) - y(view.lat)]
}

const inside = ([x, y]: [number, number], box: Box) =>
  x >= box.left && x <= box.right && y >= box.top && y <= box.bottom

/** A caption at the bottom left and controls at the bottom right, as on a 16:9 projector. */
const projector: Size = { width: 1600, height: 900 }
const caption: Box = { left: 40, top: 620, right: 968, bottom: 860 }
const controls: Box = { left: 1200, top: 720, right: 1560, bottom: 860 }
/** A phone held upright: the controls across the top, the caption across the bottom. */
const phone: Size = { width: 390, height: 844 }
const phoneCaption: Box = { left: 12, top: 450, right: 378, bottom: 832 }
const phoneControls: Box = { left: 200, top: 12, right: 378, bottom: 120 }

const poland: Position[] = [
  [21.01, 52.22],
  [19.92, 50.07],
  [23.17, 53.13],
  [16.95, 52.4],
  [17.92, 50.68],
]
const chinaAndPoland: Position[] = [...poland, [116.48, 39.87], [106.55, 29.56]]

describe('frameView', () => {
  it.each([
    ['a projector', projector, [caption, controls]],
    ['a 4:3 screen', { width: 1024, height: 768 }, [{ left: 25, top: 520, right: 619, bottom: 743 }]],
    ['a phone', phone, [phoneCaption, phoneControls]],
  ] as const)(
    'on %s, puts every point on the screen, clear of every cover by the margin',
    (_, screen, covers) => {
      for (const points of [poland, chinaAndPoland]) {
        const frame = frameView(points, screen, covers, options)
        if (!frame) throw new Error('no frame')
        for (const point of points) {
          const at = onScreen(point, frame, screen)
          expect(
            inside(at, { left: 20, top: 20, right: screen.width - 20, bottom: screen.height - 20 }),
          ).toBe(true)
          for (const cover of covers) {
            expect(inside(at, cover), `${point} at ${at} is under ${JSON.stringify(cover)}`).toBe(false)
          }
        }
      }
    },
  )

  it('frames them as large as they fit: a point on the edge of the free part, less the margin', () => {
    const frame = frameView(chinaAndPoland, projector, [caption, controls], options)
    if (!frame) throw new Error('no frame')
    const xs = chinaAndPoland.map((point) => onScreen(point, frame, projector)[0])
    const ys = chinaAndPoland.map((point) => onScreen(point, frame, projector)[1])
    const free = { width: 1600 - 40, height: 620 - 40 }
    const used = Math.max(
      (Math.max(...xs) - Math.min(...xs)) / free.width,
      (Math.max(...ys) - Math.min(...ys)) / free.height,
    )
    expect(used).toBeGreaterThan(0.98)
    expect(used).toBeLessThanOrEqual(1)
  })

  it('uses the part beside the caption when that holds the points larger than the part above it', () => {
    // A tall caption on the left leaves a column on the right, where a country taller than wide fits best.
    const chile: Position[] = [
      [-70.6, -33.4],
      [-70.4, -23.6],
      [-72.9, -41.5],
    ]
    const frame = frameView(chile, projector, [{ left: 40, top: 40, right: 900, bottom: 860 }], options)
    expect(frame?.padding).toEqual({ top: 0, left: 900, right: 0, bottom: 0 })
  })

  it('comes no closer than the largest zoom, centring one place in the largest free part', () => {
    const frame = frameView([[116.48, 39.87]], projector, [caption, controls], options)
    expect(frame?.view).toMatchObject({
      lon: expect.closeTo(116.48, 6),
      lat: expect.closeTo(39.87, 6),
      zoom: 10,
      bearing: 0,
    })
    expect(frame?.padding).toEqual({ top: 0, left: 0, right: 0, bottom: 280 })
  })

  it('frames points either side of the antimeridian the short way', () => {
    const fiji: Position[] = [
      [178.4, -18.1],
      [-179.9, -16.5],
    ]
    const frame = frameView(fiji, projector, [], options)
    expect(frame?.view.zoom).toBeGreaterThan(6)
    expect(Math.abs(frame?.view.lon ?? 0)).toBeGreaterThan(179)
  })

  it('uses the whole screen where the covers leave no room, and gives nothing for no points', () => {
    const frame = frameView(poland, phone, [{ left: 0, top: 0, right: 390, bottom: 844 }], options)
    expect(frame?.padding).toEqual({ top: 0, left: 0, right: 0, bottom: 0 })
    expect(frameView([], projector, [], options)).toBeNull()
  })
})

describe('boundsOf', () => {
  it('spans the points the short way round', () => {
    expect(boundsOf(poland)).toEqual({ west: 16.95, east: 23.17, south: 50.07, north: 53.13 })
    expect(
      boundsOf([
        [170, 0],
        [-170, 10],
        [175, 5],
      ]),
    ).toEqual({ west: 170, east: -170, south: 0, north: 10 })
    // Arcs come unwrapped, beyond ±180.
    expect(
      boundsOf([
        [185, 0],
        [175, 0],
      ]),
    ).toEqual({ west: 175, east: -175, south: 0, north: 0 })
  })
})

describe('freeBoxes and freePadding', () => {
  it('finds the parts of the screen no cover overlaps, the largest for a pinned view', () => {
    const boxes = freeBoxes(projector, [caption, controls])
    expect(boxes).toContainEqual({ left: 0, top: 0, right: 1600, bottom: 620 })
    expect(boxes).toContainEqual({ left: 968, top: 0, right: 1600, bottom: 720 })
    expect(
      boxes.every(
        (box) =>
          ![caption, controls].some(
            (cover) =>
              box.left < cover.right &&
              cover.left < box.right &&
              box.top < cover.bottom &&
              cover.top < box.bottom,
          ),
      ),
    ).toBe(true)
    expect(freePadding(projector, [caption, controls])).toEqual({ top: 0, left: 0, right: 0, bottom: 280 })
  })

  it('leaves out covers off the screen or of no size', () => {
    expect(
      freeBoxes(phone, [
        { left: 0, top: 900, right: 390, bottom: 1000 },
        { left: 5, top: 5, right: 5, bottom: 50 },
      ]),
    ).toEqual([{ left: 0, top: 0, right: 390, bottom: 844 }])
  })
})

import type { Position } from '@atlas/geo'
import { describe, expect, it } from 'vitest'
import { projector } from './imageFrame'
import { type Framing, type FramingInput, frameImage } from './imageFraming'
import type { Measure, Rect } from './imageLayout'

const measure: Measure = (text, px, bold) => [...text].length * px * (bold ? 0.6 : 0.5)

const input: FramingInput = {
  width: 3840,
  height: 2160,
  pixelRatio: 2,
  maxZoom: 10,
  title: 'Sino-Polish University Consortium · 23 institutions in 2 countries',
  legendItems: [
    { label: 'Belt and Road Initiative', colour: '#f59e0b' },
    { label: 'Sino-Polish University Consortium', colour: '#3b82f6' },
  ],
  sourceLine: 'Source: Sino-Polish University Consortium founding statement · Natural Earth',
}

/** Poland's and China's institutions, and the great circles between them bowing north over Russia. */
const POLAND: Position[] = [
  [19.45, 51.75],
  [21.01, 52.23],
  [16.93, 52.41],
  [19.92, 50.06],
  [23.15, 53.13],
  [17.93, 50.67],
]
const CHINA: Position[] = [
  [116.4, 39.9],
  [106.55, 29.56],
  [116.3, 39.99],
]
const ARCS: Position[] = Array.from({ length: 41 }, (_, i) => [
  19 + (97 * i) / 40,
  45 + 17 * Math.sin((Math.PI * i) / 40),
])

const blocksOf = ({ layout }: Framing) =>
  [layout.title?.box, layout.legend?.box, layout.source?.box].filter((box): box is Rect => box !== undefined)
const within = ({ x, y }: { x: number; y: number }, box: Rect) =>
  x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height

describe('frameImage', () => {
  it('frames the data large, with nothing of it under the title, legend or source line', () => {
    const framing = frameImage(input, { places: [...POLAND, ...CHINA], arcPoints: ARCS }, measure)
    if (!framing) throw new Error('no framing')
    expect(framing.covered).toBe(0)
    const project = projector(framing.camera, input, input.pixelRatio)
    const points = [...POLAND, ...CHINA, ...ARCS].map(project)
    for (const point of points) {
      expect(point.x).toBeGreaterThanOrEqual(0)
      expect(point.x).toBeLessThanOrEqual(input.width)
      expect(point.y).toBeGreaterThanOrEqual(0)
      expect(point.y).toBeLessThanOrEqual(input.height)
      for (const box of blocksOf(framing)) expect(within(point, box)).toBe(false)
    }
    const xs = points.map((point) => point.x)
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.8 * input.width)
  })

  it('moves the legend out of the corner where the data lies', () => {
    // Data filling the image's left half: the legend goes to the right, where the map is empty.
    const places: Position[] = Array.from({ length: 60 }, (_, i) => [
      -10 + (i % 10),
      30 + Math.floor(i / 10) * 4,
    ])
    const wide: Position[] = [[40, 30]]
    const framing = frameImage(input, { places: [...places, ...wide], arcPoints: [] }, measure)
    expect(framing?.covered).toBe(0)
    expect(framing?.arrangement.legend.side).toBe('right')
  })

  it('keeps the usual arrangement when the data leaves room for it everywhere', () => {
    const framing = frameImage(input, { places: [[19.45, 51.75]], arcPoints: [] }, measure)
    expect(framing?.arrangement).toEqual({
      title: 'left',
      legend: { side: 'left', edge: 'bottom' },
      source: 'left',
    })
    expect(framing?.camera.zoom).toBe(10)
  })

  it('frames nothing when nothing is shown', () => {
    expect(frameImage(input, { places: [], arcPoints: [] }, measure)).toBeNull()
  })
})

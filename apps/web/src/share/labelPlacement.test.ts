import { describe, expect, it } from 'vitest'
import { type Measure, overlaps, type Rect } from './imageLayout'
import { type LabelOptions, type PlacedLabel, placeLabels } from './labelPlacement'

/** A monospaced stand-in for measureText: 0.6 of the size per character. */
const measure: Measure = (text, px) => [...text].length * px * 0.6

const frame = { x: 0, y: 0, width: 1920, height: 1080 }
const options: LabelOptions = { px: 20, radius: 8, maxWidth: 240, frame, obstacles: [] }

const inside = (box: Rect, outer: Rect) =>
  box.x >= outer.x &&
  box.y >= outer.y &&
  box.x + box.width <= outer.x + outer.width &&
  box.y + box.height <= outer.y + outer.height

/** No two names overlap, none leaves the frame, none covers an obstacle or a circle. */
function expectClear(placed: readonly PlacedLabel[], circles: Rect[], obstacles: readonly Rect[] = []) {
  for (const [i, label] of placed.entries()) {
    expect(inside(label.box, frame), label.name).toBe(true)
    for (const other of placed.slice(i + 1)) expect(overlaps(label.box, other.box), label.name).toBe(false)
    for (const blocked of [...circles, ...obstacles])
      expect(overlaps(label.box, blocked), label.name).toBe(false)
  }
}
const circleAt = ({ x, y }: { x: number; y: number }) => ({ x: x - 8, y: y - 8, width: 16, height: 16 })

describe('placeLabels', () => {
  it('sets a lone name to the right of its point, level with it', () => {
    const [label] = placeLabels([{ name: 'Łódź', at: { x: 500, y: 500 }, priority: 1 }], options, measure)
    expect(label?.align).toBe('left')
    expect(label?.box.x).toBeGreaterThan(508)
    expect((label?.box.y ?? 0) + (label?.box.height ?? 0) / 2).toBeCloseTo(500, 0)
    expect(label?.lines).toEqual(['Łódź'])
    expect(label?.leader).toBeNull()
  })

  it('turns to the left at the frame’s right edge', () => {
    const [label] = placeLabels(
      [{ name: 'Beijing University of Technology', at: { x: 1900, y: 500 }, priority: 1 }],
      options,
      measure,
    )
    expect(label?.align).toBe('right')
    expect((label?.box.x ?? 0) + (label?.box.width ?? 0)).toBeLessThan(1892)
  })

  it('keeps off the title, legend and source line', () => {
    const title = { x: 480, y: 440, width: 400, height: 200 }
    const [label] = placeLabels(
      [{ name: 'Warsaw', at: { x: 470, y: 500 }, priority: 1 }],
      { ...options, obstacles: [title] },
      measure,
    )
    expect(label && overlaps(label.box, title)).toBe(false)
  })

  it('stacks the names of one city beside its point, with lines to those set away from it', () => {
    const at = { x: 900, y: 500 }
    const requests = Array.from({ length: 9 }, (_, i) => ({
      name: `Chongqing University ${i + 1}`,
      at,
      priority: 9 - i,
    }))
    const placed = placeLabels(requests, options, measure)
    expect(placed.map((label) => label.name)).toEqual(requests.map((request) => request.name))
    expectClear(placed, [circleAt(at)])
    const led = placed.filter((label) => label.leader)
    expect(led.length).toBeGreaterThan(0)
    for (const { leader } of led) {
      expect(Math.hypot((leader?.from.x ?? 0) - at.x, (leader?.from.y ?? 0) - at.y)).toBeCloseTo(8)
    }
  })

  it('names the most linked first when there is room for only some', () => {
    const at = { x: 100, y: 40 }
    const crowded = { ...options, frame: { x: 0, y: 0, width: 400, height: 80 } }
    const placed = placeLabels(
      [
        { name: 'Minor college', at, priority: 1 },
        { name: 'Major university', at, priority: 12 },
        { name: 'Middle institute', at, priority: 5 },
      ],
      crowded,
      measure,
    )
    expect(placed[0]?.name).toBe('Major university')
    expect(placed.length).toBeLessThan(3)
  })

  it('keeps a name off every other circle, and apart from every other name, among many points', () => {
    const points = Array.from({ length: 40 }, (_, i) => ({
      x: 200 + ((i * 137) % 1500),
      y: 150 + ((i * 89) % 800),
    }))
    const placed = placeLabels(
      points.map((at, i) => ({ name: `Institution number ${i}`, at, priority: i % 7 })),
      options,
      measure,
    )
    expect(placed.length).toBeGreaterThan(30)
    expectClear(placed, points.map(circleAt))
  })

  it('wraps a long name onto lines no wider than the width allowed', () => {
    const [label] = placeLabels(
      [
        {
          name: 'Beijing University of Civil Engineering and Architecture',
          at: { x: 500, y: 500 },
          priority: 1,
        },
      ],
      options,
      measure,
    )
    expect(label?.lines.length).toBeGreaterThan(1)
    for (const line of label?.lines ?? []) expect(measure(line, 20, true)).toBeLessThanOrEqual(240)
    expect(label?.lines.join(' ')).toBe('Beijing University of Civil Engineering and Architecture')
  })
})

import { describe, expect, it } from 'vitest'
import {
  ARRANGEMENTS,
  exportZoom,
  fitWithin,
  type ImageLayout,
  imageSizeOptions,
  layoutImage,
  type Measure,
  overlaps,
  type Rect,
  wrapText,
} from './imageLayout'

/** A monospaced stand-in for measureText: half the size per character, a little wider in bold. */
const measure: Measure = (text, px, bold) => [...text].length * px * (bold ? 0.6 : 0.5)

const legendItems = [
  { label: 'Belt and Road', colour: '#d62728' },
  { label: 'Sino-Polish University Consortium', colour: '#1f77b4' },
  { label: 'China–Spain strategic partnership', colour: '#2ca02c' },
]
const input = {
  width: 1920,
  height: 1080,
  title: 'Partnerships: Poland and China',
  legendItems,
  sourceLine: 'Sources: Founding statement (Lodz University of Technology, 2017)',
}

const inside = (rect: Rect, width: number, height: number) =>
  rect.x >= 0 && rect.y >= 0 && rect.x + rect.width <= width && rect.y + rect.height <= height
const boxes = (layout: ImageLayout) =>
  [layout.title?.box, layout.legend?.box, layout.source?.box].filter((box): box is Rect => box !== undefined)

describe('layoutImage', () => {
  it('at 1920 × 1080 sets the title large at the top left, the source small at the bottom', () => {
    const layout = layoutImage(input, measure)
    expect(layout.scale).toBe(1)
    expect(layout.title?.box).toMatchObject({ x: 32, y: 32 })
    expect(layout.title?.text).toMatchObject({ px: 56, bold: true, lines: [input.title] })
    expect(layout.source?.text.px).toBe(18)
    expect(layout.source?.box.y).toBe(1080 - 32 - (layout.source?.box.height ?? 0))
    expect(layout.legend?.px).toBe(24)
  })

  it('scales every size with the image: twice as large at 3840 × 2160', () => {
    const small = layoutImage(input, measure)
    const large = layoutImage({ ...input, width: 3840, height: 2160 }, measure)
    expect(large.scale).toBe(2)
    expect(large.title?.text.px).toBe(2 * (small.title?.text.px ?? 0))
    expect(large.legend?.px).toBe(2 * (small.legend?.px ?? 0))
    expect(large.source?.text.px).toBe(2 * (small.source?.text.px ?? 0))
    expect(large.title?.box).toMatchObject({ x: 64, y: 64 })
  })

  it('keeps the legend at the bottom left, above the source line, everything inside and apart', () => {
    for (const [width, height] of [
      [1920, 1080],
      [2560, 1440],
      [3840, 2160],
      [1280, 720],
      [1024, 1366],
    ] as const) {
      const layout = layoutImage({ ...input, width, height }, measure)
      const { legend, source, title } = layout
      expect(legend?.box.x).toBe(title?.box.x)
      expect((legend?.box.y ?? 0) + (legend?.box.height ?? 0)).toBeLessThanOrEqual(source?.box.y ?? 0)
      for (const box of boxes(layout)) expect(inside(box, width, height)).toBe(true)
      const [a, b, c] = boxes(layout)
      expect(a && b && overlaps(a, b)).toBe(false)
      expect(b && c && overlaps(b, c)).toBe(false)
      expect(a && c && overlaps(a, c)).toBe(false)
    }
  })

  it('keeps every block inside and apart in every arrangement, each on the side it is put', () => {
    for (const arrangement of ARRANGEMENTS) {
      const layout = layoutImage({ ...input, width: 3840, height: 2160 }, measure, arrangement)
      const [title, legend, source] = boxes(layout)
      for (const box of boxes(layout)) expect(inside(box, 3840, 2160)).toBe(true)
      expect(title && legend && overlaps(title, legend)).toBe(false)
      expect(legend && source && overlaps(legend, source)).toBe(false)
      const onSide = (box: Rect | undefined, side: 'left' | 'right') =>
        side === 'left' ? box?.x === 64 : (box?.x ?? 0) + (box?.width ?? 0) === 3840 - 64
      expect(onSide(title, arrangement.title)).toBe(true)
      expect(onSide(legend, arrangement.legend.side)).toBe(true)
      expect(onSide(source, arrangement.source)).toBe(true)
      expect((legend?.y ?? 0) < 1080).toBe(arrangement.legend.edge === 'top')
    }
  })

  it('moves the text with its box, and sets a legend in the title’s corner below the title', () => {
    const right = { title: 'right', legend: { side: 'right', edge: 'top' }, source: 'right' } as const
    const layout = layoutImage(input, measure, right)
    expect(layout.title?.text.x).toBe((layout.title?.box.x ?? 0) + 16)
    expect(layout.source?.text.x).toBe((layout.source?.box.x ?? 0) + 16)
    expect(layout.legend?.box.y).toBeGreaterThan((layout.title?.box.y ?? 0) + (layout.title?.box.height ?? 0))
    const [first] = layout.legend?.items ?? []
    expect(first?.swatch.x).toBe((layout.legend?.box.x ?? 0) + 16)
  })

  it('puts a swatch before each legend label, rows apart', () => {
    const legend = layoutImage(input, measure).legend
    expect(legend?.items.map((item) => [item.label, item.colour])).toEqual(
      legendItems.map((item) => [item.label, item.colour]),
    )
    const [first, second] = legend?.items ?? []
    expect(first && first.x > first.swatch.x + first.swatch.width).toBe(true)
    expect(first && second && second.y - first.y).toBe(36)
  })

  it('spreads a long legend over columns rather than over the title', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ label: `Initiative ${i + 1}`, colour: '#000000' }))
    const layout = layoutImage({ ...input, width: 1280, height: 720, legendItems: many }, measure)
    const columns = new Set(layout.legend?.items.map((item) => item.swatch.x))
    expect(columns.size).toBeGreaterThan(1)
    expect(overlaps(layout.legend?.box as Rect, layout.title?.box as Rect)).toBe(false)
    const swatches = layout.legend?.items.map((item) => item.swatch) ?? []
    for (const [i, a] of swatches.entries()) {
      for (const b of swatches.slice(i + 1)) expect(overlaps(a, b)).toBe(false)
    }
  })

  it('wraps a long title onto two lines at most and ends it with an ellipsis', () => {
    const title = 'A very long title '.repeat(10).trim()
    const text = layoutImage({ ...input, title }, measure).title?.text
    expect(text?.lines).toHaveLength(2)
    expect(text?.lines[1]?.endsWith('…')).toBe(true)
    for (const line of text?.lines ?? []) expect(measure(line, 56, true)).toBeLessThanOrEqual(1920 * 0.6 - 32)
  })

  it('leaves out what is empty', () => {
    const layout = layoutImage({ ...input, title: ' ', legendItems: [], sourceLine: '' }, measure)
    expect(layout).toMatchObject({ title: null, legend: null, source: null })
  })

  it('keeps type readable on a small image', () => {
    const layout = layoutImage({ ...input, width: 640, height: 360 }, measure)
    expect(layout.source?.text.px).toBeGreaterThanOrEqual(11)
  })
})

describe('wrapText', () => {
  const width = (line: string) => [...line].length

  it('breaks at spaces', () => {
    expect(wrapText('one two three four', 9, width, 5)).toEqual(['one two', 'three', 'four'])
  })

  it('breaks text without spaces, such as Chinese, anywhere', () => {
    expect(wrapText('北京工业大学与罗兹工业大学', 5, width, 5)).toEqual([
      '北京工业大',
      '学与罗兹工',
      '业大学',
    ])
  })

  it('ends the last line kept with an ellipsis that fits', () => {
    const lines = wrapText('one two three four five', 9, width, 2)
    expect(lines).toEqual(['one two', 'three…'])
    expect(wrapText('abcdefghijklmnop', 5, width, 1)).toEqual(['abcd…'])
  })
})

describe('exportZoom', () => {
  it('adds one zoom level for twice the size', () => {
    expect(exportZoom(3, { width: 960, height: 540 }, { width: 1920, height: 1080 })).toBe(4)
    expect(exportZoom(3, { width: 1920, height: 1080 }, { width: 3840, height: 2160 })).toBe(4)
  })

  it('keeps all of the screen in an image of another shape', () => {
    // 1440 × 900 into 1920 × 1080: the height is the tighter side (1.2 against 1.33).
    expect(exportZoom(2, { width: 1440, height: 900 }, { width: 1920, height: 1080 })).toBeCloseTo(
      2 + Math.log2(1.2),
    )
  })

  it('zooms out for an image smaller than the screen', () => {
    expect(exportZoom(5, { width: 2000, height: 1000 }, { width: 1000, height: 500 })).toBe(4)
  })
})

describe('image sizes', () => {
  it('offers the three presets and the window', () => {
    expect(
      imageSizeOptions({ width: 1440, height: 900 }).map((size) => [size.id, size.width, size.height]),
    ).toEqual([
      ['1920x1080', 1920, 1080],
      ['2560x1440', 2560, 1440],
      ['3840x2160', 3840, 2160],
      ['window', 1440, 900],
    ])
  })

  it('offers the window once when it is a preset size', () => {
    expect(imageSizeOptions({ width: 1920, height: 1080 })).toHaveLength(3)
    expect(imageSizeOptions({ width: 7680, height: 4320 })).toHaveLength(3)
  })

  it('fits a window larger than 4K within 3840 × 2160, keeping its shape', () => {
    expect(fitWithin({ width: 4000, height: 3000 }, { width: 3840, height: 2160 })).toEqual({
      width: 2880,
      height: 2160,
    })
    expect(fitWithin({ width: 800, height: 600 }, { width: 3840, height: 2160 })).toEqual({
      width: 800,
      height: 600,
    })
  })
})

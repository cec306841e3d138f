/**
 * Where an exported map image puts its title, legend and source line, and how large their type is, for any
 * image size. Pure: text is measured through the `measure` function given, a canvas's measureText in the browser.
 */

export interface ImageSize {
  width: number
  height: number
}

/** The largest image offered: 4K UHD, which MapLibre's default canvas limit of 4096 px still allows. */
export const MAX_IMAGE_SIZE: ImageSize = { width: 3840, height: 2160 }

export const PRESET_IMAGE_SIZES: readonly ImageSize[] = [
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
  MAX_IMAGE_SIZE,
]

export interface ImageSizeOption extends ImageSize {
  id: string
  /** The window's own size, rather than a preset. */
  window: boolean
}

/** The sizes to offer: the presets and the window's size (made to fit within the largest), each once. */
export function imageSizeOptions(windowSize: ImageSize): ImageSizeOption[] {
  const own = fitWithin(windowSize, MAX_IMAGE_SIZE)
  const presets = PRESET_IMAGE_SIZES.map((size) => ({
    ...size,
    id: `${size.width}x${size.height}`,
    window: false,
  }))
  const isPreset = presets.some((size) => size.width === own.width && size.height === own.height)
  return isPreset ? presets : [...presets, { ...own, id: 'window', window: true }]
}

/** `size` scaled down, keeping its shape, until it fits within `max`; whole pixels, at least 1 × 1. */
export function fitWithin(size: ImageSize, max: ImageSize): ImageSize {
  const factor = Math.min(1, max.width / size.width, max.height / size.height)
  return {
    width: Math.max(1, Math.floor(size.width * factor)),
    height: Math.max(1, Math.floor(size.height * factor)),
  }
}

/**
 * The zoom that shows at least the area the screen shows, in an image of another size: each zoom level doubles
 * the scale, so it is `zoom + log2(ratio)`. Using the smaller of the two side ratios keeps all of the screen's
 * area in the image when the shapes differ (the image shows a little more on the other side).
 */
export function exportZoom(zoom: number, screen: ImageSize, image: ImageSize): number {
  const ratio = Math.min(image.width / screen.width, image.height / screen.height)
  return zoom + Math.log2(ratio)
}

export interface LegendItem {
  label: string
  colour: string
}

/** Width in pixels of `text` set at `px` pixels, bold or regular. */
export type Measure = (text: string, px: number, bold: boolean) => number

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface TextBlock {
  lines: string[]
  x: number
  /** Baseline of the first line. */
  y: number
  px: number
  lineHeight: number
  bold: boolean
}

export interface ImageLayout {
  /** 1 at 1920 × 1080; everything else is scaled by it. */
  scale: number
  title: { box: Rect; text: TextBlock } | null
  legend: {
    box: Rect
    px: number
    items: { label: string; colour: string; swatch: Rect; x: number; y: number }[]
  } | null
  source: { box: Rect; text: TextBlock } | null
}

export interface ImageLayoutInput extends ImageSize {
  title: string
  legendItems: readonly LegendItem[]
  sourceLine: string
}

const REFERENCE: ImageSize = { width: 1920, height: 1080 }

/**
 * How much larger than 1920 × 1080 an image is: the layout's type grows by it, and a map drawn at this pixel
 * ratio keeps its lines and labels as large, relative to the image, as a projector shows them.
 */
export function imageScale({ width, height }: ImageSize): number {
  return Math.min(width / REFERENCE.width, height / REFERENCE.height)
}
/** Below this the type is no longer readable on the image, whatever its size. */
const MIN_PX = 11

/** Which side of the image a block keeps to. */
export type Side = 'left' | 'right'

/**
 * Where the title (along the top), the legend (in a corner) and the source line (along the bottom) go. A legend in
 * the title's top corner sits below it, one in a bottom corner above the source line where they would meet.
 */
export interface Arrangement {
  title: Side
  legend: { side: Side; edge: 'top' | 'bottom' }
  source: Side
}

/** Title and source line at the left, legend at the bottom left: the arrangement a map reads best in. */
export const DEFAULT_ARRANGEMENT: Arrangement = {
  title: 'left',
  legend: { side: 'left', edge: 'bottom' },
  source: 'left',
}

/** Every arrangement, the default first, so that a choice among equals keeps to it. */
export const ARRANGEMENTS: readonly Arrangement[] = (['left', 'right'] as const).flatMap((title) =>
  (['left', 'right'] as const).flatMap((source) =>
    (['bottom', 'top'] as const).flatMap((edge) =>
      (['left', 'right'] as const).map((side) => ({ title, legend: { side, edge }, source })),
    ),
  ),
)

/**
 * Title large along the top, the legend in a box in a corner, in as many columns as its height needs, the source
 * line small along the bottom, as `arrangement` puts them. Each sits on a box of the theme's surface so that it
 * reads over the map.
 */
export function layoutImage(
  input: ImageLayoutInput,
  measure: Measure,
  arrangement: Arrangement = DEFAULT_ARRANGEMENT,
): ImageLayout {
  const { width, height } = input
  const scale = imageScale(input)
  const size = (px: number) => Math.max(MIN_PX, Math.round(px * scale))
  const margin = Math.round(32 * scale)
  const padding = Math.round(16 * scale)
  const toSide = (box: Rect, side: Side) => {
    box.x = side === 'left' ? margin : width - margin - box.width
  }

  const source = input.sourceLine.trim()
    ? textBox(input.sourceLine, {
        px: size(18),
        bold: false,
        maxWidth: width - 2 * margin - 2 * padding,
        maxLines: 2,
        measure,
        padding,
        bottom: height - margin,
      })
    : null
  if (source) moveBlock(source, (box) => toSide(box, arrangement.source))

  const title = input.title.trim()
    ? textBox(input.title, {
        px: size(56),
        bold: true,
        maxWidth: Math.round(width * 0.6) - 2 * padding,
        maxLines: 2,
        measure,
        padding,
        top: margin,
      })
    : null
  if (title) moveBlock(title, (box) => toSide(box, arrangement.title))

  const titleBottom = title ? title.box.y + title.box.height + margin / 2 : margin
  const sourceTop = source ? source.box.y - margin / 2 : height - margin
  const { side, edge } = arrangement.legend
  const legend =
    input.legendItems.length > 0
      ? legendBox(input.legendItems, {
          px: size(24),
          measure,
          padding,
          maxWidth: width - 2 * margin,
          // At most the part of the image beside the title and the source line, and no further than 40% of the way
          // across it, so that a long legend takes more columns rather than the height of the map.
          maxHeight:
            edge === 'top'
              ? Math.min(sourceTop - margin / 2, height * 0.6) - titleBottom
              : sourceTop - Math.max(titleBottom + margin / 2, height * 0.4),
        })
      : null
  if (legend) {
    // Sized at the origin, then moved as a whole to the first place in its corner that is clear.
    const box = { ...legend.box }
    toSide(box, side)
    const clearAt = (y: number, other: Rect | undefined) => {
      box.y = y
      return !other || !overlaps(box, other)
    }
    if (edge === 'top') {
      if (!clearAt(margin, title?.box)) box.y = titleBottom
    } else if (!clearAt(height - margin - box.height, source?.box)) {
      box.y = sourceTop - box.height
    }
    moveLegend(legend, box.x, box.y)
  }

  return { scale, title, legend, source }
}

/** Whether two rectangles share any area. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

function moveBlock(block: { box: Rect; text: TextBlock }, toSide: (box: Rect) => void): void {
  const before = block.box.x
  toSide(block.box)
  block.text.x += block.box.x - before
}

interface TextBoxOptions {
  px: number
  bold: boolean
  maxWidth: number
  maxLines: number
  measure: Measure
  padding: number
  top?: number
  bottom?: number
}

function textBox(text: string, options: TextBoxOptions): { box: Rect; text: TextBlock } {
  const { px, bold, padding, measure } = options
  const lines = wrapText(text, options.maxWidth, (line) => measure(line, px, bold), options.maxLines)
  const lineHeight = Math.round(px * 1.25)
  const textWidth = Math.max(...lines.map((line) => measure(line, px, bold)))
  const box = {
    x: 0,
    y: 0,
    width: Math.ceil(textWidth + 2 * padding),
    height: lines.length * lineHeight + 2 * padding,
  }
  box.y = options.top ?? (options.bottom ?? 0) - box.height
  // The first baseline sits a line height down, less the descent (about a fifth of the size).
  const y = box.y + padding + lineHeight - Math.round(px * 0.25)
  return { box, text: { lines, x: box.x + padding, y, px, lineHeight, bold } }
}

interface LegendOptions {
  px: number
  measure: Measure
  padding: number
  maxHeight: number
  maxWidth: number
}

type Legend = NonNullable<ImageLayout['legend']>

/** The legend sized for its items, at the origin. */
function legendBox(items: readonly LegendItem[], options: LegendOptions): Legend {
  const { px, measure, padding } = options
  const rowHeight = Math.round(px * 1.5)
  const swatchSize = Math.round(px * 0.9)
  const gap = Math.round(px * 0.5)
  const rowsFit = Math.max(1, Math.floor((options.maxHeight - 2 * padding) / rowHeight))
  const columns = Math.ceil(items.length / rowsFit)
  const rows = Math.ceil(items.length / columns)
  const columnGap = Math.round(px * 1.5)
  const labelRoom = Math.max(
    px * 4,
    (options.maxWidth - 2 * padding - (columns - 1) * columnGap) / columns - swatchSize - gap,
  )
  const labels = items.map(
    (item) => wrapText(item.label, labelRoom, (line) => measure(line, px, false), 1)[0] ?? '',
  )
  const labelWidth = Math.max(...labels.map((label) => measure(label, px, false)))
  const columnWidth = Math.ceil(swatchSize + gap + labelWidth)
  const box = {
    x: 0,
    y: 0,
    width: columns * columnWidth + (columns - 1) * columnGap + 2 * padding,
    height: rows * rowHeight + 2 * padding,
  }
  const placed = items.map((item, index) => {
    const column = Math.floor(index / rows)
    const row = index % rows
    const left = box.x + padding + column * (columnWidth + columnGap)
    const middle = box.y + padding + row * rowHeight + rowHeight / 2
    return {
      label: labels[index] ?? '',
      colour: item.colour,
      swatch: { x: left, y: Math.round(middle - swatchSize / 2), width: swatchSize, height: swatchSize },
      x: left + swatchSize + gap,
      // A middle baseline would do, but canvases differ in how they place it; an alphabetic one a third of the
      // size below the middle centres Latin and CJK text alike.
      y: Math.round(middle + px / 3),
    }
  })
  return { box, px, items: placed }
}

function moveLegend(legend: Legend, x: number, y: number): void {
  const dx = x - legend.box.x
  const dy = y - legend.box.y
  const move = (point: { x: number; y: number }) => {
    point.x += dx
    point.y += dy
  }
  move(legend.box)
  for (const item of legend.items) {
    move(item)
    move(item.swatch)
  }
}

/**
 * Breaks text into lines no wider than `maxWidth`: at spaces where it can, anywhere in a word that is too long on
 * its own (as Chinese titles are), and ends the last line with "…" when there is more than `maxLines` holds.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  width: (line: string) => number,
  maxLines: number,
): string[] {
  const fits = (line: string) => width(line) <= maxWidth
  const lines: string[] = []
  let line = ''
  for (const word of text.trim().split(/\s+/)) {
    const joined = line ? `${line} ${word}` : word
    if (fits(joined)) {
      line = joined
      continue
    }
    if (line) lines.push(line)
    line = ''
    for (const char of word) {
      if (line && !fits(line + char)) {
        lines.push(line)
        line = ''
      }
      line += char
    }
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  let last = `${kept[maxLines - 1] ?? ''}…`
  while (last.length > 1 && !fits(last)) last = `${[...last.slice(0, -1)].slice(0, -1).join('').trimEnd()}…`
  kept[maxLines - 1] = last
  return kept
}

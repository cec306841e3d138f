import type { ProjectorUi } from '../theme/projectorTheme'
import type { ImageLayout, Rect, TextBlock } from './imageLayout'
import type { PlacedLabel } from './labelPlacement'

/** What an exported image draws over the map, on a 2D canvas, in the interface's font and theme. */

const FONT_FAMILY = '"Noto Sans", system-ui, sans-serif'

export function font(px: number, bold: boolean): string {
  // 600 is the boldest weight the app ships (@fontsource/noto-sans/600.css).
  return `${bold ? '600 ' : ''}${px}px ${FONT_FAMILY}`
}

/** Canvas text does not wait for web fonts: without this the first image could be set in a fallback font. */
export async function loadFonts(): Promise<void> {
  await Promise.all([font(16, false), font(16, true)].map((spec) => document.fonts?.load(spec)))
}

/** The title, legend and source line, each on a box of the theme's surface. */
export function drawOverlay(
  context: CanvasRenderingContext2D,
  layout: ImageLayout,
  palette: ProjectorUi,
): void {
  const radius = Math.round(8 * layout.scale)
  const panel = (box: Rect) => {
    context.save()
    context.globalAlpha = palette.surfaceOpacity
    context.fillStyle = palette.surface
    context.beginPath()
    context.roundRect(box.x, box.y, box.width, box.height, radius)
    context.fill()
    context.restore()
  }
  const text = (block: TextBlock, colour: string) => {
    context.font = font(block.px, block.bold)
    context.fillStyle = colour
    context.textAlign = 'left'
    context.textBaseline = 'alphabetic'
    block.lines.forEach((line, index) => {
      context.fillText(line, block.x, block.y + index * block.lineHeight)
    })
  }

  if (layout.title) {
    panel(layout.title.box)
    text(layout.title.text, palette.text)
  }
  if (layout.legend) {
    const { box, px, items } = layout.legend
    panel(box)
    context.font = font(px, false)
    context.textAlign = 'left'
    context.lineWidth = Math.max(1, layout.scale)
    context.strokeStyle = palette.border
    for (const item of items) {
      context.fillStyle = item.colour
      context.fillRect(item.swatch.x, item.swatch.y, item.swatch.width, item.swatch.height)
      context.strokeRect(item.swatch.x, item.swatch.y, item.swatch.width, item.swatch.height)
      context.fillStyle = palette.text
      context.fillText(item.label, item.x, item.y)
    }
  }
  if (layout.source) {
    panel(layout.source.box)
    text(layout.source.text, palette.mutedText)
  }
}

/**
 * The institutions' names in the theme's text colour, each on a halo of its surface so that it reads over arcs,
 * with the lines that lead to names stacked away from their circle drawn first, under every name.
 */
export function drawLabels(
  context: CanvasRenderingContext2D,
  labels: readonly PlacedLabel[],
  palette: ProjectorUi,
): void {
  context.save()
  context.strokeStyle = palette.mutedText
  for (const { leader, px } of labels) {
    if (!leader) continue
    context.lineWidth = Math.max(1, px / 16)
    context.beginPath()
    context.moveTo(leader.from.x, leader.from.y)
    context.lineTo(leader.to.x, leader.to.y)
    context.stroke()
  }
  context.textBaseline = 'alphabetic'
  context.lineJoin = 'round'
  context.strokeStyle = palette.surface
  context.fillStyle = palette.text
  for (const label of labels) {
    context.font = font(label.px, true)
    context.textAlign = label.align
    context.lineWidth = Math.max(2, Math.round(label.px * 0.25))
    label.lines.forEach((line, index) => {
      const y = label.y + index * label.lineHeight
      context.strokeText(line, label.x, y)
      context.fillText(line, label.x, y)
    })
  }
  context.restore()
}

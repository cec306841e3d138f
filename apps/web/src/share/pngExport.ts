import {
  type ErrorEvent as MapErrorEvent,
  type MapLibreMap,
  Map as MapLibreMapClass,
  type MapOptions,
} from 'maplibre-gl'
import type { Theme } from '../state/atlasView'
import { PROJECTOR_UI, type ProjectorUi } from '../theme/projectorTheme'
import { downloadBlob, exportFileName } from './download'
import {
  exportZoom,
  type ImageLayout,
  type LegendItem,
  layoutImage,
  MAX_IMAGE_SIZE,
  type Rect,
  type TextBlock,
} from './imageLayout'
import { mapAttribution } from './mapAttribution'

export interface RenderMapImageOptions {
  /** The map on screen; its style (sources with their data, layers with their filters) and camera are copied. */
  map: MapLibreMap
  /** In image pixels, at most 3840 × 2160. */
  width: number
  height: number
  title: string
  legendItems: readonly LegendItem[]
  /** What the image credits; the map's own attributions (Natural Earth, …) are added after it. */
  sourceLine: string
  theme: Theme
  /**
   * Copies onto the off-screen map, once it has loaded, what the style does not hold: feature state (a selected
   * institution drawn with setFeatureState) is the usual case.
   */
  prepare?(offscreen: MapLibreMap): void
  /**
   * Image pixels per map pixel. 1 (the default) shows the area on screen with more detail: lines and labels keep
   * their on-screen pixel size, so they look finer in a large image. `width / 1920` draws a 4K image as a sharp
   * 1920 × 1080 map, with lines and labels as thick, relative to the image, as a projector shows them.
   */
  pixelRatio?: number
  /**
   * Options of the map on screen that its style does not hold, to give the off-screen one too: the atlas's map
   * sets `localIdeographFontFamily` (how Chinese labels are drawn) and `locale`.
   */
  mapOptions?: Pick<MapOptions, 'localIdeographFontFamily' | 'locale' | 'transformRequest' | 'maxCanvasSize'>
  /** Gives up when the map has not settled by then (tiles or glyphs that never load). */
  timeoutMs?: number
}

const FONT_FAMILY = '"Noto Sans", system-ui, sans-serif'

/**
 * The map as a PNG of the size asked for, with its title, legend and source line drawn in. A second map renders
 * off screen at that size (in CSS pixels at pixel ratio 1), showing the same place with the zoom changed so that
 * it covers the same area; its canvas is copied onto a 2D canvas and the text drawn over it.
 */
export async function renderMapImage(options: RenderMapImageOptions): Promise<Blob> {
  const { map, width, height } = options
  if (!isImageSize(width, height)) {
    throw new RangeError(
      `image size must be whole pixels within ${MAX_IMAGE_SIZE.width} × ${MAX_IMAGE_SIZE.height}: ${width} × ${height}`,
    )
  }
  // The style as it is now: GeoJSON sources carry their data (set with setData), layers their current filters.
  const style = map.getStyle()
  if (!style) throw new Error('the map has not loaded its style yet')
  const screen = map.getContainer()
  const pixelRatio = options.pixelRatio ?? 1
  if (!(pixelRatio > 0)) throw new RangeError(`pixel ratio must be positive: ${pixelRatio}`)
  const css = { width: width / pixelRatio, height: height / pixelRatio }

  const container = document.createElement('div')
  container.setAttribute('aria-hidden', 'true')
  // Laid out at full size (MapLibre measures its container) but outside the window.
  container.style.cssText = `position:fixed;left:-${css.width + 100}px;top:0;width:${css.width}px;height:${css.height}px;pointer-events:none;`
  document.body.append(container)
  let offscreen: MapLibreMap | undefined
  try {
    offscreen = new MapLibreMapClass({
      ...options.mapOptions,
      container,
      style: { ...style, projection: map.getProjection() ?? style.projection },
      center: map.getCenter(),
      zoom: exportZoom(
        map.getZoom(),
        { width: screen.clientWidth || css.width, height: screen.clientHeight || css.height },
        css,
      ),
      bearing: map.getBearing(),
      pitch: map.getPitch(),
      roll: map.getRoll(),
      renderWorldCopies: map.getRenderWorldCopies(),
      globalState: map.getGlobalState(),
      pixelRatio,
      interactive: false,
      attributionControl: false,
      // Labels appear at once rather than fading in after the frame that is captured.
      fadeDuration: 0,
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    })
    copyMissingImages(map, offscreen)
    await settled(offscreen, options)
    // Canvas text does not wait for web fonts: without this the first image could be set in a fallback font.
    await Promise.all([font(16, false), font(16, true)].map((spec) => document.fonts?.load(spec)))

    const canvas = document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    const context = canvas.getContext('2d')
    if (!context) throw new Error('the browser gave no 2D canvas to draw the image on')
    context.drawImage(offscreen.getCanvas(), 0, 0, width, height)
    const measure = (text: string, px: number, bold: boolean) => {
      context.font = font(px, bold)
      return context.measureText(text).width
    }
    // An image has no attribution control: the credits the map's sources ask for go into its source line.
    const sourceLine = [options.sourceLine.trim(), mapAttribution(style)].filter(Boolean).join(' · ')
    const layout = layoutImage({ ...options, width, height, sourceLine }, measure)
    drawOverlay(context, layout, PROJECTOR_UI[options.theme])
    return await toPng(canvas)
  } finally {
    offscreen?.remove()
    container.remove()
  }
}

/** renderMapImage, downloaded as "partnership-atlas-<title>-<date>.png". */
export async function exportMapImage(options: RenderMapImageOptions): Promise<void> {
  const blob = await renderMapImage(options)
  downloadBlob(blob, exportFileName(options.title || 'map', 'png'))
}

function isImageSize(width: number, height: number): boolean {
  const whole = (value: number, max: number) => Number.isInteger(value) && value >= 1 && value <= max
  return whole(width, MAX_IMAGE_SIZE.width) && whole(height, MAX_IMAGE_SIZE.height)
}

/** Images added to the map with addImage are not in its style; the off-screen map asks for them as it needs them. */
function copyMissingImages(from: MapLibreMap, to: MapLibreMap): void {
  to.on('styleimagemissing', ({ id }: { id: string }) => {
    const image = from.hasImage(id) ? from.getImage(id) : undefined
    if (!image || to.hasImage(id)) return
    to.addImage(id, image.data, {
      pixelRatio: image.pixelRatio,
      sdf: image.sdf,
      ...(image.stretchX && { stretchX: image.stretchX }),
      ...(image.stretchY && { stretchY: image.stretchY }),
      ...(image.content && { content: image.content }),
    })
  })
}

/** Resolves when the map has loaded, been prepared and drawn a frame with everything in it. */
function settled(offscreen: MapLibreMap, options: RenderMapImageOptions): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 30_000
  return new Promise((resolve, reject) => {
    let lastError: { message: string } | undefined
    const onError = (event: MapErrorEvent) => {
      lastError = event.error
    }
    const timer = window.setTimeout(() => {
      offscreen.off('error', onError)
      const reason = lastError ? `: ${lastError.message}` : ''
      reject(new Error(`the map image did not finish loading within ${timeoutMs / 1000} s${reason}`))
    }, timeoutMs)
    offscreen.on('error', onError)
    offscreen.once('load', () => {
      options.prepare?.(offscreen)
      // 'idle' may have fired in the same frame as 'load'; a new frame fires it again once all is drawn.
      offscreen.once('idle', () => {
        window.clearTimeout(timer)
        offscreen.off('error', onError)
        resolve()
      })
      offscreen.triggerRepaint()
    })
  })
}

function drawOverlay(context: CanvasRenderingContext2D, layout: ImageLayout, palette: ProjectorUi): void {
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

function font(px: number, bold: boolean): string {
  // 600 is the boldest weight the app ships (@fontsource/noto-sans/600.css).
  return `${bold ? '600 ' : ''}${px}px ${FONT_FAMILY}`
}

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob)
      else reject(new Error('the browser could not encode the image as PNG'))
    }, 'image/png')
  })
}

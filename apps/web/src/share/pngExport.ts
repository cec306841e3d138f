import {
  type ErrorEvent as MapErrorEvent,
  type MapLibreMap,
  Map as MapLibreMapClass,
  type MapOptions,
  type StyleSpecification,
} from 'maplibre-gl'
import type { Theme } from '../state/atlasView'
import { PROJECTOR_UI } from '../theme/projectorTheme'
import { downloadBlob, exportFileName } from './download'
import type { ExportStep, OnExportProgress } from './exportProgress'
import { drawLabels, drawOverlay, font, loadFonts } from './imageCanvas'
import { type Camera, projector } from './imageFrame'
import { frameImage } from './imageFraming'
import { exportZoom, type LegendItem, layoutImage, MAX_IMAGE_SIZE, type Rect } from './imageLayout'
import type { ImageReport } from './imageReport'
import { imageStyle } from './imageStyle'
import { reportImageForTests } from './imageTestHook'
import { placeLabels } from './labelPlacement'
import { mapAttribution } from './mapAttribution'
import { shownData } from './shownData'

export interface RenderMapImageOptions {
  /** The map on screen; its style (sources with their data, layers with their filters) is copied. */
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
   * Image pixels per map pixel. 1 (the default) draws lines and labels at their on-screen pixel size, so they look
   * finer in a large image. `width / 1920` draws a 4K image as a sharp 1920 × 1080 map, with lines and labels as
   * thick, relative to the image, as a projector shows them.
   */
  pixelRatio?: number
  /**
   * Options of the map on screen that its style does not hold, to give the off-screen one too: the atlas's map
   * sets `localIdeographFontFamily` (how Chinese labels are drawn) and `locale`.
   */
  mapOptions?: Pick<MapOptions, 'localIdeographFontFamily' | 'locale' | 'transformRequest' | 'maxCanvasSize'>
  /** Gives up when the map has not drawn by then (tiles or glyphs that never load). */
  timeoutMs?: number
  onProgress?: OnExportProgress
}

/** The closest an image frames its data: about a city's width, for institutions all in one place. */
const MAX_FRAMED_ZOOM = 10
/**
 * The off-screen map loads at this pixel ratio, so that the frames it draws while tiles and glyphs arrive cost
 * next to nothing; only the last is drawn at full size. Without a GPU each full 4K frame takes seconds.
 */
const DRAFT_PIXEL_RATIO = 1 / 16
/** In CSS pixels: about the largest institution circle (map/layers/institutionLayers.ts); names keep off it. */
const CIRCLE_RADIUS = 10

/**
 * The map as a PNG of the size asked for, framed to what it shows, with the institutions named and the title,
 * legend and source line drawn where they cover the least of the data (imageFraming.ts). A second map renders off
 * screen with the on-screen map's style; its canvas is copied onto a 2D canvas and the text drawn over it.
 */
export async function renderMapImage(options: RenderMapImageOptions): Promise<Blob> {
  const { map, width, height } = options
  if (!isImageSize(width, height)) {
    throw new RangeError(
      `image size must be whole pixels within ${MAX_IMAGE_SIZE.width} × ${MAX_IMAGE_SIZE.height}: ${width} × ${height}`,
    )
  }
  const pixelRatio = options.pixelRatio ?? 1
  if (!(pixelRatio > 0)) throw new RangeError(`pixel ratio must be positive: ${pixelRatio}`)
  const steps = stepTimer(options.onProgress)

  steps.start('preparing')
  // The style as it is now: GeoJSON sources carry their data (set with setData), layers their current filters.
  const style = map.getStyle()
  if (!style) throw new Error('the map has not loaded its style yet')
  await loadFonts()
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d')
  if (!context) throw new Error('the browser gave no 2D canvas to draw the image on')
  const measure = (text: string, px: number, bold: boolean) => {
    context.font = font(px, bold)
    return context.measureText(text).width
  }
  // An image has no attribution control: the credits the map's sources ask for go into its source line.
  const sourceLine = [options.sourceLine.trim(), mapAttribution(style)].filter(Boolean).join(' · ')
  const layoutInput = { width, height, title: options.title, legendItems: options.legendItems, sourceLine }
  const shown = shownData(style, map.getGlobalState())
  const framing = frameImage(
    { ...layoutInput, pixelRatio, maxZoom: MAX_FRAMED_ZOOM },
    { places: shown.places.map((place) => place.position), arcPoints: shown.arcPoints },
    measure,
  )
  const layout = framing?.layout ?? layoutImage(layoutInput, measure)
  const camera =
    framing?.camera ?? screenCamera(map, { width: width / pixelRatio, height: height / pixelRatio })

  steps.start('map')
  await drawMap(context, { ...options, pixelRatio, camera, style: imageStyle(style), turned: !framing })

  steps.start('labels')
  const blocks = [layout.title?.box, layout.legend?.box, layout.source?.box].filter(
    (box): box is Rect => box !== undefined,
  )
  const project = projector(camera, { width, height }, pixelRatio)
  const scale = layout.scale
  const labelPx = Math.max(11, Math.round(16 * scale))
  const labels = placeLabels(
    shown.places.map((place) => ({ name: place.name, at: project(place.position), priority: place.links })),
    {
      px: labelPx,
      radius: CIRCLE_RADIUS * pixelRatio,
      maxWidth: labelPx * 12,
      frame: { x: 0, y: 0, width, height },
      obstacles: blocks,
    },
    measure,
  )
  const palette = PROJECTOR_UI[options.theme]
  drawLabels(context, labels, palette)
  drawOverlay(context, layout, palette)

  steps.start('encoding')
  const png = await toPng(canvas)
  const report: ImageReport = {
    width,
    height,
    title: layout.title?.text.lines.join(' ') ?? '',
    blocks,
    labels: labels.map(({ name, box }) => ({ name, box })),
    steps: steps.finish(),
  }
  reportImageForTests(report)
  return png
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

/** With nothing to frame, the image shows what the screen shows (at least its area, in an image of any size). */
function screenCamera(map: MapLibreMap, css: { width: number; height: number }): Camera {
  const screen = map.getContainer()
  const { lng, lat } = map.getCenter()
  const onScreen = { width: screen.clientWidth || css.width, height: screen.clientHeight || css.height }
  return { center: [lng, lat], zoom: exportZoom(map.getZoom(), onScreen, css) }
}

interface DrawMapOptions extends RenderMapImageOptions {
  pixelRatio: number
  camera: Camera
  style: StyleSpecification
  /** Keeps the screen's bearing and pitch: only a view that is not framed to its data looks as the screen does. */
  turned: boolean
}

/**
 * Draws the map onto the image's canvas through an off-screen map of the image's size in CSS pixels, laid out
 * outside the window. It loads at a draft pixel ratio and draws one frame at the full one.
 */
async function drawMap(context: CanvasRenderingContext2D, options: DrawMapOptions): Promise<void> {
  const { map, width, height, pixelRatio, camera } = options
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
      style: { ...options.style, projection: map.getProjection() ?? options.style.projection },
      center: camera.center,
      zoom: camera.zoom,
      bearing: options.turned ? map.getBearing() : 0,
      pitch: options.turned ? map.getPitch() : 0,
      roll: options.turned ? map.getRoll() : 0,
      renderWorldCopies: map.getRenderWorldCopies(),
      globalState: map.getGlobalState(),
      pixelRatio: DRAFT_PIXEL_RATIO,
      interactive: false,
      attributionControl: false,
      // Labels appear at once rather than fading in after the frame that is captured.
      fadeDuration: 0,
      // Lines, circles and text are smoothed by MapLibre's shaders; multisampling a 4K frame in software is slow.
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
    })
    copyMissingImages(map, offscreen)
    const drawn = offscreen
    const deadline = Date.now() + (options.timeoutMs ?? 30_000)
    await whenIdle(drawn, deadline, (repaint) =>
      drawn.once('load', () => {
        options.prepare?.(drawn)
        repaint()
      }),
    )
    await whenIdle(drawn, deadline, (repaint) => {
      drawn.setPixelRatio(pixelRatio)
      repaint()
    })
    context.drawImage(drawn.getCanvas(), 0, 0, width, height)
  } finally {
    offscreen?.remove()
    container.remove()
  }
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

/**
 * Resolves when the map has drawn a frame with everything in it, after `begin` has been called with a function
 * that asks for a new frame ('idle' may have fired already); rejects at the deadline with the last map error.
 */
function whenIdle(map: MapLibreMap, deadline: number, begin: (repaint: () => void) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let lastError: { message: string } | undefined
    const onError = (event: MapErrorEvent) => {
      lastError = event.error
    }
    const finish = () => {
      window.clearTimeout(timer)
      map.off('error', onError)
    }
    const timer = window.setTimeout(
      () => {
        finish()
        const reason = lastError ? `: ${lastError.message}` : ''
        reject(new Error(`the map image did not finish drawing in time${reason}`))
      },
      Math.max(0, deadline - Date.now()),
    )
    map.on('error', onError)
    begin(() => {
      map.once('idle', () => {
        finish()
        resolve()
      })
      map.triggerRepaint()
    })
  })
}

/** Tells each step as it starts and times it. */
function stepTimer(onProgress: OnExportProgress | undefined) {
  const took: Partial<Record<ExportStep, number>> = {}
  let current: { step: ExportStep; since: number } | null = null
  const stop = () => {
    if (current) took[current.step] = Math.round(performance.now() - current.since)
  }
  return {
    start(step: ExportStep) {
      stop()
      current = { step, since: performance.now() }
      onProgress?.(step)
    },
    finish() {
      stop()
      current = null
      return took
    },
  }
}

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob)
      else reject(new Error('the browser could not encode the image as PNG'))
    }, 'image/png')
  })
}

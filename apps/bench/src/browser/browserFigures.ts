import type { FramesDrawn } from './framesDrawn'
import type { ProductFigures } from './measureProduct'
import type { SideFigures } from './sideFigures'

type Figures = Record<string, string | number>

/** A time, or why there is none. */
function time(side: SideFigures, ms: number | null): string | number {
  if (ms !== null) return Math.round(ms)
  return side.stop ?? 'n/a'
}

/** What a WebGL frame of the filter change cost, the median, or why there is none. */
function frameTime(frames: FramesDrawn | null): string | number {
  return frames?.medianMs != null ? Math.round(frames.medianMs) : 'n/a'
}

/** product ÷ floor to two places, where both were measured and the floor ran to its end. */
function ratio(product: string | number, floor: string | number, floorStopped: boolean): string | number {
  if (typeof product !== 'number' || typeof floor !== 'number' || floor <= 0 || floorStopped) return 'n/a'
  return Math.round((product / floor) * 100) / 100
}

function sideFigures(prefix: 'floor' | 'product', side: SideFigures): Figures {
  return {
    [`${prefix}FirstIdleMs`]: time(side, side.firstIdleMs),
    [`${prefix}FilterMs`]: time(side, side.filterMs),
    [`${prefix}FilterFrames`]: side.filterFrames?.count ?? 'n/a',
    [`${prefix}FilterFrameMs`]: frameTime(side.filterFrames),
    [`${prefix}RendererPeakMB`]: Math.round(side.rendererPeakMB),
    [`${prefix}GpuPeakMB`]: Math.round(side.gpuPeakMB),
    [`${prefix}Crashed`]: side.stop === 'crashed' ? 'yes' : 'no',
    ...(side.error ? { [`${prefix}Error`]: side.error } : {}),
  }
}

/** The bare page's figures alone, for trying it without an atlas. */
export function floorOnlyFigures(floor: SideFigures, dropped: { id: string }): Figures {
  return { droppedInitiative: dropped.id, ...sideFigures('floor', floor) }
}

/**
 * The browser half of the benchmark as the report prints it: each side's figures (times in ms from navigation
 * or from the filter change, memory in MB), the atlas's cost as a multiple of the floor's, and what the atlas
 * asked of the network. A side that crashed (the floor is expected to at L) or timed out says so instead of a
 * time.
 */
export function browserFigures(
  floor: SideFigures,
  product: ProductFigures,
  dropped: { id: string },
): Figures {
  const floorFigures = sideFigures('floor', floor)
  const productFigures = sideFigures('product', product)
  const versus = (key: string) =>
    ratio(productFigures[`product${key}`] ?? 'n/a', floorFigures[`floor${key}`] ?? 'n/a', floor.stop !== null)
  return {
    ...floorOnlyFigures(floor, dropped),
    ...productFigures,
    productIdleSignal: product.idleSignal,
    productFilterScriptMs: product.filterScriptMs === null ? 'n/a' : Math.round(product.filterScriptMs),
    productToFloorFirstIdle: versus('FirstIdleMs'),
    productToFloorFilter: versus('FilterMs'),
    productToFloorRendererPeak: versus('RendererPeakMB'),
    productFilterRequests: product.filterRequests.length,
    ...(product.filterRequests.length > 0
      ? { productFilterRequestUrls: product.filterRequests.slice(0, 5).join(' ') }
      : {}),
    productForeignRequests: product.foreignRequests.length,
    ...(product.foreignRequests.length > 0
      ? { productForeignRequestUrls: product.foreignRequests.slice(0, 5).join(' ') }
      : {}),
  }
}

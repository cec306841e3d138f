import type { BenchDataset } from '../generate/dataset'
import { browserFigures } from './browserFigures'
import { initiativeToDrop } from './floorData'
import { measureFloor } from './measureFloor'
import { measureProduct } from './measureProduct'

/**
 * The browser half of the scale benchmark (issue 16), in one run so that the two sides can be compared: a bare
 * MapLibre page loading the data set as static GeoJSON (the floor), then the atlas at `appUrl` serving the same
 * data (the product), each in a fresh headless Chromium, to the first idle map and through the same filter
 * change. Times are noisy on these machines: read the ratios, not the milliseconds.
 */
export async function measureBrowser(options: {
  appUrl: string
  dataset: BenchDataset
  signal: AbortSignal
}): Promise<Record<string, string | number>> {
  const { appUrl, dataset, signal } = options
  const dropped = initiativeToDrop(dataset)
  const floor = await measureFloor(dataset, dropped.id, signal)
  const product = await measureProduct(appUrl, dataset, dropped, signal)
  return browserFigures(floor, product, dropped)
}

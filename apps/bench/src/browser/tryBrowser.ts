// Tries the browser half of the benchmark on its own:
//   tsx src/browser/tryBrowser.ts [S|M|L]                  the bare page only, on the generated data set of that size
//   tsx src/browser/tryBrowser.ts http://127.0.0.1:PORT     the bare page and the atlas, on that server's data
import { generateDataset } from '../generate/dataset'
import { isBenchSize } from '../generate/sizes'
import { floorOnlyFigures } from './browserFigures'
import { datasetOfServer } from './datasetOfServer'
import { initiativeToDrop } from './floorData'
import { measureBrowser } from './measureBrowser'
import { measureFloor } from './measureFloor'

const [target = 'S'] = process.argv.slice(2)
const controller = new AbortController()
process.once('SIGINT', () => controller.abort(new Error('interrupted')))

if (target.startsWith('http')) {
  const dataset = await datasetOfServer(target)
  console.table(await measureBrowser({ appUrl: target, dataset, signal: controller.signal }))
} else if (isBenchSize(target)) {
  const dataset = generateDataset(target)
  const initiative = initiativeToDrop(dataset)
  console.table(floorOnlyFigures(await measureFloor(dataset, initiative.id, controller.signal), initiative))
} else {
  throw new Error(`expected a size (S, M, L) or the atlas's address, not ${target}`)
}

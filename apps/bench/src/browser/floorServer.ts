import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BenchDataset } from '../generate/dataset'
import { floorArcPieces, floorInstitutions } from './floorData'

/** The bare page, served on loopback for as long as it is measured. */
export interface FloorServer {
  /** Its address, `http://127.0.0.1:<port>`. */
  url: string
  close(): Promise<void>
}

interface Resource {
  type: string
  pieces: Buffer[]
}

const HERE = dirname(fileURLToPath(import.meta.url))
const MAPLIBRE_DIST = dirname(fileURLToPath(import.meta.resolve('maplibre-gl')))

/** Everything the bare page asks for, in memory, so that serving costs the page nothing but the network copy. */
async function floorResources(dataset: BenchDataset): Promise<Map<string, Resource>> {
  const file = async (path: string, type: string): Promise<Resource> => ({
    type,
    pieces: [await readFile(path)],
  })
  const javascript = 'text/javascript; charset=utf-8'
  const geojson = 'application/geo+json'
  return new Map([
    ['/', await file(join(HERE, 'floorPage.html'), 'text/html; charset=utf-8')],
    ['/floorPage.js', await file(join(HERE, 'floorPage.js'), javascript)],
    ['/maplibre-gl.mjs', await file(join(MAPLIBRE_DIST, 'maplibre-gl.mjs'), javascript)],
    ['/maplibre-gl-worker.mjs', await file(join(MAPLIBRE_DIST, 'maplibre-gl-worker.mjs'), javascript)],
    ['/maplibre-gl.css', await file(join(MAPLIBRE_DIST, 'maplibre-gl.css'), 'text/css; charset=utf-8')],
    [
      '/data/institutions.geojson',
      { type: geojson, pieces: [Buffer.from(JSON.stringify(floorInstitutions(dataset)))] },
    ],
    ['/data/arcs.geojson', { type: geojson, pieces: floorArcPieces(dataset) }],
  ])
}

/** Serves the bare page and the data set as static GeoJSON on 127.0.0.1, on a port the system picks. */
export async function serveFloor(dataset: BenchDataset): Promise<FloorServer> {
  const resources = await floorResources(dataset)
  const server = createServer((request, response) => {
    const resource = resources.get(new URL(request.url ?? '/', 'http://localhost').pathname)
    if (!resource) {
      response.writeHead(404).end()
      return
    }
    const length = resource.pieces.reduce((sum, piece) => sum + piece.length, 0)
    response.writeHead(200, { 'content-type': resource.type, 'content-length': length })
    writePieces(response, resource.pieces)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

/** Writes the pieces in turn, waiting whenever the socket's buffer is full. */
function writePieces(response: NodeJS.WritableStream, pieces: readonly Buffer[], from = 0): void {
  for (let i = from; i < pieces.length; i++) {
    const piece = pieces[i] as Buffer
    if (!response.write(piece)) {
      response.once('drain', () => writePieces(response, pieces, i + 1))
      return
    }
  }
  response.end()
}

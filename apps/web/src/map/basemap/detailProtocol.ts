import { DETAIL_INDEX_FILE, isDetailIndex, tileName } from './detailTiles'

/** What a MapLibre protocol handler answers: the tile's bytes. */
export interface TileAnswer {
  data: ArrayBuffer
}

/**
 * Answers the map's requests for close-up tiles (`atlas-basemap://5/26/12`) from the files under `base` on this
 * app's own server: the list of tiles first, once, then only the tiles in it. A tile not in the list (open sea, or
 * no place to name) is an empty one, never a request that would end in a 404 (for MapLibre, an error to report).
 */
export function detailTileLoader(base: string, fetchFile: typeof fetch = fetch) {
  let index: Promise<ReadonlySet<string>> | undefined
  const tiles = () => {
    index ??= fetchFile(`${base}${DETAIL_INDEX_FILE}`)
      .then((response) => {
        if (!response.ok) throw new Error(`the basemap's tiles could not be listed: ${response.status}`)
        return response.json()
      })
      .then((value: unknown) => {
        if (!isDetailIndex(value)) throw new Error('the list of basemap tiles is not one the build wrote')
        return new Set(value.tiles)
      })
    // A failed list is asked for again with the next tile, rather than leaving the close-ups empty for good.
    index.catch(() => {
      index = undefined
    })
    return index
  }
  return async ({ url }: { url: string }, abort: AbortController): Promise<TileAnswer> => {
    const name = nameOf(url)
    if (!name || !(await tiles()).has(name)) return { data: new ArrayBuffer(0) }
    const response = await fetchFile(`${base}${name}.pbf`, { signal: abort.signal })
    if (!response.ok) throw new Error(`the basemap tile ${name} could not be loaded: ${response.status}`)
    return { data: await response.arrayBuffer() }
  }
}

/** `atlas-basemap://5/26/12` → `5/26/12`, or null for a URL of another shape. */
function nameOf(url: string): string | null {
  const match = /^[a-z-]+:\/\/(\d+)\/(\d+)\/(\d+)$/.exec(url)
  if (!match) return null
  const [z, x, y] = match.slice(1).map(Number) as [number, number, number]
  return tileName(z, x, y)
}

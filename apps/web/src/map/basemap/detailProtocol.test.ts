import { describe, expect, it } from 'vitest'
import { detailTileLoader } from './detailProtocol'

/** A server of two files, recording what it is asked for. */
function server(files: Record<string, string>) {
  const asked: string[] = []
  const fetchFile = async (input: string | URL | Request) => {
    const url = String(input)
    asked.push(url)
    const body = files[url]
    return body === undefined ? new Response('', { status: 404 }) : new Response(body)
  }
  return { asked, fetchFile: fetchFile as typeof fetch }
}

describe('detailTileLoader', () => {
  const files = {
    '/basemap/tiles.json': JSON.stringify({ tiles: ['5/26/12'] }),
    '/basemap/5/26/12.pbf': 'tile',
  }
  const request = (url: string) => ({ url })

  it('answers a listed tile from its file, and lists the tiles once', async () => {
    const { asked, fetchFile } = server(files)
    const load = detailTileLoader('/basemap/', fetchFile)
    const { data } = await load(request('atlas-basemap://5/26/12'), new AbortController())
    expect(new TextDecoder().decode(data)).toBe('tile')
    await load(request('atlas-basemap://5/26/12'), new AbortController())
    expect(asked.filter((url) => url.endsWith('tiles.json'))).toHaveLength(1)
  })

  it('answers a tile of open sea with an empty tile, without asking the server', async () => {
    const { asked, fetchFile } = server(files)
    const load = detailTileLoader('/basemap/', fetchFile)
    const { data } = await load(request('atlas-basemap://5/3/30'), new AbortController())
    expect(data.byteLength).toBe(0)
    expect(asked).toEqual(['/basemap/tiles.json'])
  })

  it('fails when the list is missing, and asks for it again next time', async () => {
    const { asked, fetchFile } = server({})
    const load = detailTileLoader('/basemap/', fetchFile)
    await expect(load(request('atlas-basemap://5/26/12'), new AbortController())).rejects.toThrow(/404/)
    await expect(load(request('atlas-basemap://5/26/12'), new AbortController())).rejects.toThrow(/404/)
    expect(asked).toHaveLength(2)
  })
})

import { describe, expect, it } from 'vitest'
import { ReadCache } from './readCache'

const monitor = () => ({ generation: 1, listening: true })
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('ReadCache', () => {
  it('loads once per key while the generation stays, and again when it moves', async () => {
    const watch = monitor()
    const cache = new ReadCache<number>(watch)
    let loads = 0
    const load = async () => ++loads
    expect(await cache.read('a', load)).toBe(1)
    expect(await cache.read('a', load)).toBe(1)
    expect(await cache.read('b', load)).toBe(2)
    watch.generation += 1
    expect(await cache.read('a', load)).toBe(3)
  })

  it('shares one load between reads that arrive together', async () => {
    const cache = new ReadCache<number>(monitor())
    let loads = 0
    const load = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 10))
    expect(await Promise.all([cache.read('a', load), cache.read('a', load)])).toEqual([1, 1])
  })

  it('keeps no failure, nothing it is told not to keep, and nothing without change notices', async () => {
    const watch = monitor()
    const cache = new ReadCache<string>(watch, { keep: (value) => value !== 'refused' })
    await expect(cache.read('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down')
    await settle()
    expect(await cache.read('a', async () => 'up')).toBe('up')
    await cache.read('b', async () => 'refused')
    await settle()
    expect(await cache.read('b', async () => 'served')).toBe('served')
    watch.listening = false
    let loads = 0
    await cache.read('c', async () => String(++loads))
    await cache.read('c', async () => String(++loads))
    expect(loads).toBe(2)
  })

  it('forgets the least recently used answer beyond its size', async () => {
    const cache = new ReadCache<number>(monitor(), { maxEntries: 2 })
    let loads = 0
    const load = async () => ++loads
    await cache.read('1', load)
    await cache.read('2', load)
    await cache.read('1', load)
    await cache.read('3', load)
    expect(await cache.read('1', load)).toBe(1)
    expect(await cache.read('2', load)).toBe(4)
  })

  it('forgets the least recently used answers beyond the weight it may keep', async () => {
    const cache = new ReadCache<string>(monitor(), { weigh: (value) => value.length, maxWeight: 10 })
    let loads = 0
    const load = (text: string) => async () => {
      loads += 1
      return text
    }
    await cache.read('a', load('aaaaaa'))
    await cache.read('b', load('bbbb'))
    await settle()
    await cache.read('a', load('aaaaaa'))
    expect(loads).toBe(2)
    await cache.read('c', load('cc'))
    await settle()
    await cache.read('a', load('aaaaaa'))
    await cache.read('c', load('cc'))
    expect(loads).toBe(3)
    await cache.read('b', load('bbbb'))
    expect(loads).toBe(4)
  })
})

import { describe, expect, it } from 'vitest'
import { Cleanups } from './cleanups'

describe('Cleanups', () => {
  it('undoes newest first, once, and a released undo not again', async () => {
    const done: string[] = []
    const cleanups = new Cleanups()
    cleanups.add('a', async () => void done.push('a'))
    const releaseB = cleanups.add('b', async () => void done.push('b'))
    cleanups.add('c', async () => void done.push('c'))
    await releaseB()
    await releaseB()
    await cleanups.runAll()
    await cleanups.runAll()
    expect(done).toEqual(['b', 'c', 'a'])
  })
})

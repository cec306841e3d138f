import { describe, expect, it } from 'vitest'
import { framesIn, type TraceEvent } from './framesDrawn'

const thread = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  args: { name },
})
const read = (pid: number, tid: number, ms: number): TraceEvent => ({
  name: 'GLES2::ReadPixels',
  ph: 'X',
  pid,
  tid,
  dur: ms * 1000,
})

describe('framesIn', () => {
  it('counts the reads back on a page’s main thread, and the median read', () => {
    const frames = framesIn([
      thread(1, 10, 'CrRendererMain'),
      thread(1, 11, 'Compositor'),
      read(1, 10, 300),
      read(1, 10, 250),
      read(1, 10, 280),
      read(1, 11, 5),
    ])
    expect(frames).toEqual({ count: 3, medianMs: 280 })
  })

  it('says no frame was drawn when none was', () => {
    expect(framesIn([thread(1, 10, 'CrRendererMain')])).toEqual({ count: 0, medianMs: null })
  })
})

import { afterEach, describe, expect, it, vi } from 'vitest'
import { cameraMotion } from './useReducedMotion'

const preferring = (reduce: boolean) =>
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query === '(prefers-reduced-motion: reduce)',
  }))

describe('cameraMotion', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('animates camera moves, unless the person asked for less motion', () => {
    preferring(false)
    expect(cameraMotion()).toEqual({ animate: true })
    preferring(true)
    expect(cameraMotion()).toEqual({ animate: false })
  })
})

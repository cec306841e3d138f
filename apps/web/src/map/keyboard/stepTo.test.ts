import { describe, expect, it } from 'vitest'
import { nearestTo, type ScreenItem, stepTo } from './stepTo'

const at = (key: string, x: number, y: number): ScreenItem => ({ key, x, y })
const centre = at('centre', 100, 100)
const items = [
  centre,
  at('east', 200, 110),
  at('far-east', 400, 100),
  at('north-east', 160, 10),
  at('south', 95, 180),
]

describe('stepTo', () => {
  it('goes to the nearest item ahead, preferring one straight ahead', () => {
    expect(stepTo(items, centre, 'right')?.key).toBe('east')
    expect(stepTo(items, centre, 'down')?.key).toBe('south')
    expect(stepTo(items, centre, 'up')?.key).toBe('north-east')
  })

  it('goes nowhere when nothing lies that way', () => {
    expect(stepTo(items, centre, 'left')).toBeNull()
    expect(stepTo(items, at('far-east', 400, 100), 'right')).toBeNull()
  })

  it('leaves out items far to the side of the direction', () => {
    expect(stepTo([centre, at('side', 110, 300)], centre, 'right')).toBeNull()
  })
})

describe('nearestTo', () => {
  it('finds the item nearest a point, and none among no items', () => {
    expect(nearestTo(items, 190, 100)?.key).toBe('east')
    expect(nearestTo([], 0, 0)).toBeNull()
  })
})

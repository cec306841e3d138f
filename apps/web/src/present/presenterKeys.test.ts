import { describe, expect, it } from 'vitest'
import { presenterAction } from './presenterKeys'

const action = (
  key: string,
  extra: { shiftKey?: boolean; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean } = {},
) => presenterAction({ key, ...extra })

describe('presenter keys', () => {
  it.each(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'])('%j moves to the next stop', (key) => {
    expect(action(key)).toBe('next')
  })

  it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])('%j moves to the previous stop', (key) => {
    expect(action(key)).toBe('previous')
  })

  it('jumps to the first and last stop and leaves with Escape', () => {
    expect(action('Home')).toBe('first')
    expect(action('End')).toBe('last')
    expect(action('Escape')).toBe('exit')
  })

  it('blanks the screen with the keys a clicker sends for it', () => {
    expect(action('b')).toBe('toggleBlank')
    expect(action('B', { shiftKey: true })).toBe('toggleBlank')
    expect(action('.')).toBe('toggleBlank')
  })

  it('goes back with Shift+Space, as slide software does', () => {
    expect(action(' ', { shiftKey: true })).toBe('previous')
  })

  it('leaves shortcuts with Ctrl, Alt or Meta to the browser', () => {
    expect(action('ArrowRight', { ctrlKey: true })).toBeNull()
    expect(action('b', { metaKey: true })).toBeNull()
    expect(action('ArrowLeft', { altKey: true })).toBeNull()
  })

  it('leaves Space and Enter to a focused button, but not the arrows', () => {
    expect(presenterAction({ key: 'Enter' }, { onControl: true })).toBeNull()
    expect(presenterAction({ key: ' ' }, { onControl: true })).toBeNull()
    expect(presenterAction({ key: 'ArrowRight' }, { onControl: true })).toBe('next')
  })

  it('ignores other keys, including inherited property names', () => {
    expect(action('a')).toBeNull()
    expect(action('Tab')).toBeNull()
    expect(action('toString')).toBeNull()
  })
})

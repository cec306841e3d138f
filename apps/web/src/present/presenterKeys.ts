/** What a key does while presenting. */
export type PresenterAction = 'next' | 'previous' | 'first' | 'last' | 'exit' | 'toggleBlank'

export interface KeyPress {
  /** KeyboardEvent.key */
  key: string
  shiftKey?: boolean
  altKey?: boolean
  ctrlKey?: boolean
  metaKey?: boolean
}

/**
 * Keyboards and presentation clickers. Clickers send PageDown/PageUp (some arrows), and their "blank" button
 * sends "b" or "." as slide software expects; Space is also "next" there, and Shift+Space "previous".
 */
const ACTIONS: Readonly<Record<string, PresenterAction>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Spacebar: 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
  Esc: 'exit',
  '.': 'toggleBlank',
  b: 'toggleBlank',
  B: 'toggleBlank',
}

const ACTIVATION_KEYS = new Set([' ', 'Spacebar', 'Enter'])

/**
 * The action of a key press, or null when the key is not the presenter's. A press with Ctrl, Alt or Meta belongs
 * to the browser. `onControl` says the focus is on a button or field, which Space and Enter operate themselves.
 */
export function presenterAction(press: KeyPress, { onControl = false } = {}): PresenterAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null
  if (onControl && ACTIVATION_KEYS.has(press.key)) return null
  const action = Object.hasOwn(ACTIONS, press.key) ? ACTIONS[press.key] : undefined
  if (action === 'next' && press.shiftKey && ACTIVATION_KEYS.has(press.key)) return 'previous'
  return action ?? null
}

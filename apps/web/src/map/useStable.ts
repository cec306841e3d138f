import { useRef } from 'react'

/** `value`, or the one before it while `same` finds them equal: so that what is computed from it is not redone. */
export function useStable<Value>(value: Value, same: (a: Value, b: Value) => boolean): Value {
  const kept = useRef(value)
  if (kept.current !== value && !same(kept.current, value)) kept.current = value
  return kept.current
}

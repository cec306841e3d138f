import { useEffect, useEffectEvent } from 'react'
import { presenterAction } from './presenterKeys'
import type { TourPlayerEvent } from './tourPlayer'

/** Controls that Space and Enter operate, and fields whose keys are typing. */
const CONTROL = 'button, a[href], input, select, textarea, summary, [contenteditable="true"]'
const FIELD = 'input, select, textarea, [contenteditable="true"]'

interface Options {
  /** A kiosk pauses on any input: a key, a click, the wheel or a mouse that moves. */
  kiosk: boolean
  send(event: TourPlayerEvent): void
  exit(): void
}

/** Keyboards and presentation clickers move through the tour (presenterKeys.ts), ahead of the map's own keys. */
export function usePresenterKeys({ kiosk, send, exit }: Options): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const target = event.target instanceof Element ? event.target : null
    // A modal dialog over the tour (Share) has the keys, Escape to close it included.
    if (target?.closest(`${FIELD}, dialog[open]`)) return
    if (kiosk) send({ type: 'input' })
    const onControl = target !== null && target.closest(CONTROL) !== null
    const action = presenterAction(event, { onControl })
    if (!action || ((action === 'exit' || action === 'toggleBlank') && event.repeat)) return
    // Before the map's own keyboard handler, which would pan on the same arrows.
    event.preventDefault()
    event.stopPropagation()
    if (action === 'exit') exit()
    else send({ type: action })
  })
  const onInput = useEffectEvent(() => {
    if (kiosk) send({ type: 'input' })
  })
  // Someone moving the mouse is using the map too; a mouse that only trembles on a kiosk's table is not.
  const onPointerMove = useEffectEvent((event: PointerEvent) => {
    if (event.pointerType === 'mouse' && Math.hypot(event.movementX, event.movementY) >= 3) onInput()
  })

  useEffect(() => {
    const options = { capture: true }
    const passive = { capture: true, passive: true }
    window.addEventListener('keydown', onKey, options)
    window.addEventListener('pointerdown', onInput, passive)
    window.addEventListener('wheel', onInput, passive)
    window.addEventListener('pointermove', onPointerMove, passive)
    return () => {
      window.removeEventListener('keydown', onKey, options)
      window.removeEventListener('pointerdown', onInput, passive)
      window.removeEventListener('wheel', onInput, passive)
      window.removeEventListener('pointermove', onPointerMove, passive)
    }
  }, [])
}

import { useEffect, useEffectEvent, useReducer } from 'react'
import {
  isPaused,
  nextDeadline,
  reduce,
  startTour,
  type TourPlayerEvent,
  type TourPlayerState,
  type TourStart,
} from './tourPlayer'

interface Timed {
  event: TourPlayerEvent
  now: number
}

const playerReducer = (state: TourPlayerState, { event, now }: Timed) => reduce(state, event, now)

/**
 * The tour player (tourPlayer.ts) on the page's clock: its state, `send` for the events, and the one timer for
 * whatever it does next by itself. `onStop` hears of each stop once, when it comes up.
 */
export function useTourPlayer(start: TourStart, onStop: (stopIndex: number) => void) {
  const [player, dispatch] = useReducer(playerReducer, null, () => startTour(start, Date.now()))
  const send = (event: TourPlayerEvent) => dispatch({ event, now: Date.now() })

  // The callback may be a new function on every render of the app; the stop is shown once all the same.
  const show = useEffectEvent(onStop)
  useEffect(() => show(player.stopIndex), [player.stopIndex])

  useEffect(() => {
    const deadline = nextDeadline(player)
    if (deadline === null) return
    const timer = window.setTimeout(() => send({ type: 'tick' }), Math.max(0, deadline - Date.now()))
    return () => window.clearTimeout(timer)
  }, [player])

  return { player, paused: isPaused(player), send }
}

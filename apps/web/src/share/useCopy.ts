import { useEffect, useState } from 'react'

export type CopyState = 'idle' | 'copied' | 'failed'

type CopyField = HTMLInputElement | HTMLTextAreaElement

/**
 * Copies text to the clipboard. Where the clipboard is missing (http on a host other than localhost) or refuses,
 * the text is selected in its field instead, and the state says to copy it by hand (CopyStatus).
 */
export function useCopy(): [(text: string, field: CopyField | null) => void, CopyState] {
  const [state, setState] = useState<CopyState>('idle')
  useEffect(() => {
    if (state !== 'copied') return
    const timer = window.setTimeout(() => setState('idle'), 2500)
    return () => window.clearTimeout(timer)
  }, [state])
  const copy = (text: string, field: CopyField | null) => {
    const written = navigator.clipboard
      ? navigator.clipboard.writeText(text)
      : Promise.reject(new Error('no clipboard'))
    written.then(
      () => setState('copied'),
      () => {
        field?.focus()
        field?.select()
        setState('failed')
      },
    )
  }
  return [copy, state]
}

import { type RefObject, useEffect } from 'react'

/**
 * When a panel closes, gives focus back to what had it as the panel opened (the button that opened it, the map),
 * if focus was inside the panel or was lost with it, and that is still on the page.
 */
export function useFocusReturn(panel: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const element = panel.current
    return () => {
      const active = document.activeElement
      const lost = active === null || active === document.body || (element?.contains(active) ?? false)
      if (lost && opener?.isConnected) opener.focus()
    }
  }, [panel])
}

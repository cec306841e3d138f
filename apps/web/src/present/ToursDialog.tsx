import { useLayoutEffect, useRef } from 'react'
import { t } from '../i18n/translate'
import { Dialog } from '../panels/Dialog'
import { TourMenu } from './TourMenu'
import { rememberTourOrigin } from './tourOrigin'

interface Props {
  open: boolean
  onClose(): void
  /** Starts a tour; the dialog closes as the presentation takes the screen. */
  onStart(tourId: string, options: { kiosk: boolean }): void
}

/** The guided tours, opened from the toolbar. A tour gives focus back to the control that opened them when it ends. */
export function ToursDialog({ open, onClose, onStart }: Props) {
  const opener = useRef<Element | null>(null)
  // A layout effect runs before the dialog's own effect opens it and moves focus into it.
  useLayoutEffect(() => {
    if (open) opener.current = document.activeElement
  }, [open])

  return (
    <Dialog open={open} onClose={onClose} heading={t('present.menu.heading')} className="tours-dialog">
      <TourMenu
        onClose={onClose}
        onStart={(tourId, options) => {
          rememberTourOrigin(opener.current)
          onStart(tourId, options)
        }}
      />
    </Dialog>
  )
}

import { t } from '../i18n/translate'
import { Dialog } from '../panels/Dialog'
import { TourMenu } from './TourMenu'

interface Props {
  open: boolean
  onClose(): void
  /** Starts a tour; the dialog closes as the presentation takes the screen. */
  onStart(tourId: string, options: { kiosk: boolean }): void
}

/** The guided tours, opened from the toolbar. */
export function ToursDialog({ open, onClose, onStart }: Props) {
  return (
    <Dialog open={open} onClose={onClose} heading={t('present.menu.heading')} className="tours-dialog">
      <TourMenu onStart={onStart} />
    </Dialog>
  )
}

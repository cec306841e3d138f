import { type ReactNode, useEffect, useId, useRef } from 'react'
import { t } from '../i18n/translate'

interface Props {
  open: boolean
  /** Called when the person closes it: the Close button, Escape. */
  onClose(): void
  heading: string
  /** Sets its width and what is inside; `dialog` is always there. */
  className?: string
  children: ReactNode
}

/**
 * A modal dialog with its heading and a Close button. A modal <dialog> keeps focus inside, makes the page behind
 * inert, closes on Escape and gives focus back; it also sits above a full-screen presentation. What is inside is
 * rendered only while it is open, so that it starts afresh each time.
 */
export function Dialog({ open, onClose, heading, className, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const headingId = useId()

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) element.showModal()
    if (!open && element.open) element.close()
  }, [open])

  return (
    // The close event also follows a close the app asked for (open turned false): only a close from within reports.
    <dialog
      ref={dialog}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={headingId}
      onClose={() => open && onClose()}
    >
      <div className="dialog-header">
        <h2 id={headingId}>{heading}</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t('dialog.close')}
        </button>
      </div>
      {open ? children : null}
    </dialog>
  )
}

import { useState } from 'react'
import { createPortal } from 'react-dom'
import { useEditor } from '../editing/EditingContext'
import { t } from '../i18n/translate'
import { ImportDialog } from './ImportDialog'

interface Props {
  /** Wraps an action that opens something else, so that a folded toolbar (ToolbarMenu) closes first. */
  closingMenu?(action: () => void): () => void
}

const asIs = (action: () => void) => action

/**
 * The toolbar's "Import…" for a signed-in editor (nothing for a visitor), and the dialog it opens. The dialog is
 * rendered at the end of the page: inside a toolbar folded behind its menu button it would be hidden with it.
 */
export function ImportButton({ closingMenu = asIs }: Props) {
  const editor = useEditor()
  const [open, setOpen] = useState(false)
  if (!editor) return null
  return (
    <>
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={closingMenu(() => setOpen(true))}
      >
        {t('import.open')}
      </button>
      {createPortal(
        <ImportDialog open={open} onClose={() => setOpen(false)} onImported={() => void editor.refresh()} />,
        document.body,
      )}
    </>
  )
}

import { t } from '../i18n/translate'
import { useEditor } from './EditingContext'

interface Props {
  sourceId: string
  /** Closes what shows the source (the reader's dialog), since the form opens beside the map. */
  onOpen(): void
}

/** "Edit source", for an editor, where a source is read; a visitor sees nothing. */
export function EditSourceButton({ sourceId, onOpen }: Props) {
  const editor = useEditor()
  if (!editor) return null
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        onOpen()
        editor.edit({ form: 'source', id: sourceId })
      }}
    >
      {t('edit.editSource')}
    </button>
  )
}

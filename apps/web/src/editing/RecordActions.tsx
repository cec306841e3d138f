import { useId, useState } from 'react'
import { t } from '../i18n/translate'
import { DeleteRecord } from './DeleteRecord'
import { useEditor } from './EditingContext'
import { HistoryList } from './HistoryList'

interface Props {
  entity: 'institution' | 'link' | 'group'
  id: string
  /** The record as a person reads it, for the deletion's question. */
  name: string
}

/**
 * An editor's controls on a record's details: change it, add a partnership from an institution, see its history,
 * delete it. A visitor sees none of them.
 */
export function RecordActions({ entity, id, name }: Props) {
  const editor = useEditor()
  const [historyOpen, setHistoryOpen] = useState(false)
  const historyId = useId()
  if (!editor) return null
  return (
    <section className="record-actions" aria-label={t('edit.actions')}>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            editor.edit(entity === 'link' ? { form: 'link', id, fromId: null } : { form: entity, id })
          }
        >
          {t('edit.edit')}
        </button>
        {entity === 'institution' ? (
          <button
            type="button"
            className="button"
            onClick={() => editor.edit({ form: 'link', id: null, fromId: id })}
          >
            {t('edit.addPartnership')}
          </button>
        ) : null}
        <button
          type="button"
          className="button toggle"
          aria-expanded={historyOpen}
          aria-controls={historyId}
          onClick={() => setHistoryOpen((open) => !open)}
        >
          {t('history.open')}
        </button>
        <DeleteRecord entity={entity} id={id} name={name} />
      </div>
      {historyOpen ? (
        <div id={historyId} className="details-section">
          <h3>{t('history.heading')}</h3>
          <HistoryList entity={entity} id={id} />
        </div>
      ) : null}
    </section>
  )
}

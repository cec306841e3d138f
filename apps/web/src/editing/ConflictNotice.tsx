import { t } from '../i18n/translate'
import { changedFields } from './changeDiff'
import { fieldLabel } from './fieldLabels'

interface Props {
  /** The draft as this editor left it. */
  mine: unknown
  /** The record another editor saved since this one was opened. */
  theirs: unknown
  onUseTheirs(): void
  onKeepMine(): void
}

/**
 * A save refused because someone else saved first: their values beside these, field by field, and the choice of
 * starting again from theirs or saving these over them. Nothing is replaced without the editor choosing.
 */
export function ConflictNotice({ mine, theirs, onUseTheirs, onKeepMine }: Props) {
  const fields = changedFields(theirs, mine)
  return (
    <div className="conflict-notice" role="alert">
      <p>
        <strong>{t('edit.conflict')}</strong>
      </p>
      {fields.length > 0 ? (
        <table className="history-fields">
          <caption className="visually-hidden">{t('edit.conflictCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history.field')}</th>
              <th scope="col">{t('edit.yours')}</th>
              <th scope="col">{t('edit.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field.field}>
                <th scope="row">{fieldLabel(field.field)}</th>
                <td>{field.after || t('history.empty.value')}</td>
                <td>{field.before || t('history.empty.value')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="hint">{t('edit.conflictSame')}</p>
      )}
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onUseTheirs}>
          {t('edit.useTheirs')}
        </button>
        <button type="button" className="button" onClick={onKeepMine}>
          {t('edit.keepMine')}
        </button>
      </div>
    </div>
  )
}

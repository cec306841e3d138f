import { t } from '../i18n/translate'
import { changedFields } from './changeDiff'
import { FieldComparison } from './FieldComparison'

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
        <FieldComparison
          caption={t('edit.conflictCaption')}
          fields={fields}
          columns={[
            { heading: t('edit.yours'), shows: 'after' },
            { heading: t('edit.theirs'), shows: 'before' },
          ]}
        />
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

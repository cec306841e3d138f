import { initiativeTree } from '../data/initiativeTree'
import { t } from '../i18n/translate'
import { Swatch } from '../panels/Swatch'
import { useEditor } from './EditingContext'

/**
 * The atlas's initiatives for an editor to open one, or to add one: opened from the account menu, since the
 * filter panel and the legend stay as a visitor sees them.
 */
export function InitiativeList() {
  const editor = useEditor()
  if (!editor?.data) return null
  return (
    <section className="edit-form" aria-labelledby="initiative-list-heading">
      <h2 id="initiative-list-heading" className="details-title">
        {t('edit.initiativesHeading')}
      </h2>
      <ul className="plain-list initiative-edit-list">
        {initiativeTree(editor.data.initiatives).map(({ initiative, depth }) => (
          <li
            key={initiative.id}
            className="initiative-edit-row"
            style={{ paddingInlineStart: `${depth}rem` }}
          >
            <Swatch colour={initiative.colour} />
            <span className="choice-name">{initiative.name}</span>
            <button
              type="button"
              className="button"
              aria-label={t('edit.editInitiative', { name: initiative.name })}
              onClick={() => editor.edit({ form: 'initiative', id: initiative.id })}
            >
              {t('edit.edit')}
            </button>
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => editor.edit({ form: 'initiative', id: null })}
        >
          {t('edit.addInitiative')}
        </button>
        <button type="button" className="button" onClick={() => editor.finish()}>
          {t('dialog.close')}
        </button>
      </div>
    </section>
  )
}

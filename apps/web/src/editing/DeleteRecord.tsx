import { useState } from 'react'
import { flushSync } from 'react-dom'
import { t } from '../i18n/translate'
import { useEditor } from './EditingContext'
import { type Dependent, editFailure } from './editFailure'
import { type EditedEntity, recordApi } from './recordApi'

interface Props {
  entity: EditedEntity
  id: string
  /** What the person reads the record as, in the question. */
  name: string
}

type Step =
  | { step: 'idle' }
  | { step: 'confirm' }
  | { step: 'working' }
  | { step: 'inUse'; dependents: Dependent[] }
  | { step: 'failed'; message: string }

/**
 * Deleting, asked twice. A record others use is refused with the list of what uses it; an institution may then go
 * with all of it (`cascade`), the list being what the editor confirms.
 */
export function DeleteRecord({ entity, id, name }: Props) {
  const editor = useEditor()
  const [state, setState] = useState<Step>({ step: 'idle' })
  if (!editor) return null

  const remove = async (cascade: boolean) => {
    setState({ step: 'working' })
    try {
      const api = recordApi(entity)
      const { version } = await api.record.query({ id })
      await api.delete.mutate({ id, version, cascade })
      // The details close (and stop watching the record) before everything is fetched again, which would otherwise
      // ask the server for the record just deleted.
      flushSync(() => editor.finish(null))
      await editor.refresh()
    } catch (error) {
      const failure = editFailure(error, [])
      if (failure.kind === 'inUse') setState({ step: 'inUse', dependents: failure.dependents })
      else if (failure.kind === 'conflict') setState({ step: 'failed', message: t('edit.conflict') })
      else setState({ step: 'failed', message: failure.errors.other.join(' ') })
    }
  }

  if (state.step === 'idle') {
    return (
      <button type="button" className="button button-danger" onClick={() => setState({ step: 'confirm' })}>
        {t('edit.delete')}
      </button>
    )
  }
  const cancel = (
    <button type="button" className="button" onClick={() => setState({ step: 'idle' })}>
      {t('edit.cancel')}
    </button>
  )
  return (
    <section className="delete-confirm" aria-label={t('edit.deleteHeading', { name })}>
      {state.step === 'confirm' || state.step === 'working' ? (
        <>
          <p>{t('edit.deleteQuestion', { name })}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button button-danger"
              disabled={state.step === 'working'}
              onClick={() => void remove(false)}
            >
              {t('edit.deleteConfirm')}
            </button>
            {cancel}
          </div>
        </>
      ) : state.step === 'inUse' ? (
        <>
          <p role="alert">{t('edit.inUse', { name })}</p>
          <ul className="plain-list dependents-list">
            {state.dependents.map((dependent) => (
              <li key={`${dependent.entity}:${dependent.id}`}>
                {t('edit.dependent', { entity: dependent.entity, name: dependent.name })}
              </li>
            ))}
          </ul>
          <div className="form-actions">
            {entity === 'institution' ? (
              <button type="button" className="button button-danger" onClick={() => void remove(true)}>
                {t('edit.deleteCascade', { count: state.dependents.length })}
              </button>
            ) : null}
            {cancel}
          </div>
        </>
      ) : (
        <>
          <p role="alert" className="field-error">
            {state.message}
          </p>
          {cancel}
        </>
      )}
    </section>
  )
}

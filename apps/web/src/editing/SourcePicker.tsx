import { foldForSearch, type SourceDocument } from '@atlas/schema'
import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { t } from '../i18n/translate'
import { useTRPC } from '../trpc'
import type { FormErrors } from './fieldErrors'
import { NewSourceFields } from './NewSourceFields'
import { emptySource } from './newSource'

/** How many sources the list shows at once: the filter finds the rest. */
const SHOWN = 30

interface Props {
  /** Several sources (an institution) or one (a partnership). */
  multiple: boolean
  chosen: readonly string[]
  onChange(ids: string[]): void
  /** A source written here, created before the record that cites it; null while none is. */
  newSource: SourceDocument | null
  onNewSource(source: SourceDocument | null): void
  /** The error of the choice itself, and the new source's under `source.`. */
  error: string | undefined
  errors: FormErrors
}

/**
 * The sources a record cites, picked from those the atlas has, or a new one written on the spot. Every record cites
 * at least one, so that a reader can check it.
 */
export function SourcePicker({ multiple, chosen, onChange, newSource, onNewSource, error, errors }: Props) {
  const trpc = useTRPC()
  const sources = useQuery(trpc.source.list.queryOptions(undefined, { staleTime: Number.POSITIVE_INFINITY }))
  const [filter, setFilter] = useState('')
  const filterId = useId()
  const errorId = useId()
  const folded = foldForSearch(filter.trim())
  const matching = (sources.data ?? [])
    .filter(
      (source) => chosen.includes(source.id) || folded === '' || foldForSearch(source.title).includes(folded),
    )
    .sort((a, b) => Number(chosen.includes(b.id)) - Number(chosen.includes(a.id)))
    .slice(0, SHOWN)
  const legend = multiple ? t('field.sourceIds') : t('field.sourceId')

  return (
    <fieldset className="edit-fieldset" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      <label htmlFor={filterId} className="visually-hidden">
        {t('edit.findSource')}
      </label>
      <input
        id={filterId}
        className="search-input"
        type="search"
        placeholder={t('edit.findSource')}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      {sources.isError ? (
        <p role="alert">{t('status.partFailed', { message: sources.error.message })}</p>
      ) : null}
      <div className="choice-list choice-list-scroll source-choices">
        {matching.map((source) => (
          <label key={source.id} className="choice">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={multiple ? undefined : filterId}
              checked={chosen.includes(source.id)}
              onChange={(event) =>
                onChange(
                  multiple
                    ? event.target.checked
                      ? [...chosen, source.id]
                      : chosen.filter((id) => id !== source.id)
                    : [source.id],
                )
              }
            />
            <span className="choice-name">{source.title}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      {newSource ? (
        <NewSourceFields source={newSource} onChange={onNewSource} errors={errors} />
      ) : (
        <button type="button" className="button" onClick={() => onNewSource(emptySource())}>
          {t('edit.newSource')}
        </button>
      )}
    </fieldset>
  )
}

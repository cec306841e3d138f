import { foldForSearch, type InstitutionSummary } from '@atlas/schema'
import { useState } from 'react'
import { countryName, joinParts } from '../i18n/format'
import { t } from '../i18n/translate'
import { Field } from './Field'

const SHOWN = 8

interface Props {
  label: string
  institutions: readonly InstitutionSummary[]
  value: string
  onChange(id: string): void
  error: string | undefined
  /** An institution that may not be chosen (the other end of a partnership). */
  exclude?: string
  /** What the search field says under it, where a form has more to say than how to find one. */
  hint?: string
}

/** One institution of the atlas, found by typing any of its names or its city, then shown with a way to change it. */
export function InstitutionPicker({ label, institutions, value, onChange, error, exclude, hint }: Props) {
  const [query, setQuery] = useState('')
  const chosen = institutions.find((institution) => institution.id === value)
  const folded = foldForSearch(query.trim())
  const matches =
    folded.length < 2
      ? []
      : institutions
          .filter(
            (institution) =>
              institution.id !== exclude &&
              [
                institution.name,
                institution.nativeName ?? '',
                institution.city,
                ...institution.altNames,
              ].some((name) => foldForSearch(name).includes(folded)),
          )
          .slice(0, SHOWN)

  if (chosen) {
    return (
      <Field label={label} error={error}>
        {(control) => (
          <div className="chosen-institution">
            <output {...control}>{describe(chosen)}</output>{' '}
            <button type="button" className="link-button small" onClick={() => onChange('')}>
              {t('edit.change', { what: label })}
            </button>
          </div>
        )}
      </Field>
    )
  }
  return (
    <div className="institution-picker">
      <Field label={label} error={error} hint={hint ?? t('edit.findInstitutionHint')}>
        {(control) => (
          <input
            {...control}
            className="search-input"
            type="search"
            autoComplete="off"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        )}
      </Field>
      <ul className="plain-list place-list" aria-label={t('edit.matchingInstitutions')} aria-live="polite">
        {matches.map((institution) => (
          <li key={institution.id}>
            <button
              type="button"
              className="button place-option"
              onClick={() => {
                setQuery('')
                onChange(institution.id)
              }}
            >
              <span className="search-option-name">{institution.name}</span>
              <span className="search-option-meta">
                {joinParts(institution.city, countryName(institution.country))}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}

function describe(institution: InstitutionSummary): string {
  return `${institution.name} (${joinParts(institution.city, countryName(institution.country))})`
}

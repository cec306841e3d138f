import type { SourceDocument } from '@atlas/schema'
import { useState } from 'react'
import { t } from '../i18n/translate'
import { OptionalTextField, TextAreaField, TextField } from './Field'
import type { FormErrors } from './fieldErrors'
import { slugFromName } from './slug'

interface SourceFieldsProps {
  source: SourceDocument
  onChange(source: SourceDocument): void
  /** The complaint about one of the source's fields, by its name. */
  error(field: string): string | undefined
  /** A new source takes its id from its title and the day its page is read; a stored one keeps its id. */
  isNew: boolean
}

/**
 * What a reader needs to find a source, and the text or excerpt cited: written inside another form
 * (NewSourceFields) or changed on its own (SourceForm).
 */
export function SourceFields({ source, onChange, error, isNew }: SourceFieldsProps) {
  // The id follows the title until the editor writes one.
  const [idEdited, setIdEdited] = useState(!isNew || source.id !== '')
  const set = (changes: Partial<SourceDocument>) => onChange({ ...source, ...changes })
  return (
    <>
      <TextField
        label={t('field.title')}
        value={source.title}
        onChange={(title) => set(idEdited ? { title } : { title, id: slugFromName(title) })}
        error={error('title')}
      />
      <TextField
        label={t('field.id')}
        value={source.id}
        readOnly={!isNew}
        onChange={(id) => {
          setIdEdited(true)
          set({ id })
        }}
        error={error('id')}
        hint={isNew ? t('edit.idHint') : t('edit.idFixed')}
      />
      <OptionalTextField
        label={t('field.publisher')}
        value={source.publisher}
        onChange={(publisher) => set({ publisher })}
        error={error('publisher')}
      />
      <OptionalTextField
        label={t('field.publishedOn')}
        type="date"
        value={source.publishedOn}
        onChange={(publishedOn) => set({ publishedOn })}
        error={error('publishedOn')}
      />
      <OptionalTextField
        label={t('field.url')}
        type="url"
        value={source.url}
        // A web page can change after it is cited: the day it was read goes with a new address.
        onChange={(url) =>
          set(isNew ? { url, accessedOn: url ? new Date().toISOString().slice(0, 10) : null } : { url })
        }
        error={error('url')}
      />
      {isNew ? null : (
        <OptionalTextField
          label={t('field.accessedOn')}
          type="date"
          value={source.accessedOn}
          onChange={(accessedOn) => set({ accessedOn })}
          error={error('accessedOn')}
        />
      )}
      <TextAreaField
        label={t('field.text')}
        value={source.text ?? ''}
        onChange={(text) => set({ text: text.trim() === '' ? null : text })}
        error={error('text')}
        rows={isNew ? 4 : 10}
      />
    </>
  )
}

interface Props {
  source: SourceDocument
  /** Null when the editor drops the new source. */
  onChange(source: SourceDocument | null): void
  /** The form's errors; this part's are under `source.`. */
  errors: FormErrors
}

/** A new source written inside another form, created just before the record that cites it. */
export function NewSourceFields({ source, onChange, errors }: Props) {
  return (
    <fieldset className="edit-fieldset new-source">
      <legend>{t('edit.newSourceHeading')}</legend>
      <SourceFields
        source={source}
        onChange={onChange}
        error={(field) => errors.fields[`source.${field}`]}
        isNew
      />
      <button type="button" className="link-button small" onClick={() => onChange(null)}>
        {t('edit.dropNewSource')}
      </button>
    </fieldset>
  )
}

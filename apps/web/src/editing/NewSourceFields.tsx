import type { SourceDocument } from '@atlas/schema'
import { useState } from 'react'
import { t } from '../i18n/translate'
import { OptionalTextField, TextAreaField, TextField } from './Field'
import type { FormErrors } from './fieldErrors'
import { slugFromName } from './slug'

interface Props {
  source: SourceDocument
  /** Null when the editor drops the new source. */
  onChange(source: SourceDocument | null): void
  /** The form's errors; this part's are under `source.`. */
  errors: FormErrors
}

/** A new source written inside another form: what a reader needs to find it, and the text or excerpt cited. */
export function NewSourceFields({ source, onChange, errors }: Props) {
  // The id follows the title until the editor writes one.
  const [idEdited, setIdEdited] = useState(source.id !== '')
  const set = (changes: Partial<SourceDocument>) => onChange({ ...source, ...changes })
  const error = (field: string) => errors.fields[`source.${field}`]
  return (
    <fieldset className="edit-fieldset new-source">
      <legend>{t('edit.newSourceHeading')}</legend>
      <TextField
        label={t('field.title')}
        value={source.title}
        onChange={(title) => set(idEdited ? { title } : { title, id: slugFromName(title) })}
        error={error('title')}
      />
      <TextField
        label={t('field.id')}
        value={source.id}
        onChange={(id) => {
          setIdEdited(true)
          set({ id })
        }}
        error={error('id')}
        hint={t('edit.idHint')}
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
        // A web page can change after it is cited: the day it was read goes with its address.
        onChange={(url) => set({ url, accessedOn: url ? new Date().toISOString().slice(0, 10) : null })}
        error={error('url')}
      />
      <TextAreaField
        label={t('field.text')}
        value={source.text ?? ''}
        onChange={(text) => set({ text: text.trim() === '' ? null : text })}
        error={error('text')}
        rows={4}
      />
      <button type="button" className="link-button small" onClick={() => onChange(null)}>
        {t('edit.dropNewSource')}
      </button>
    </fieldset>
  )
}

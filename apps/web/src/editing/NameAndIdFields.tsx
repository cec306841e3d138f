import { useState } from 'react'
import { t } from '../i18n/translate'
import { TextField } from './Field'
import { slugFromName } from './slug'

interface IdProps {
  value: string
  /** Whether the record is saved already: its id is then in URLs and links, and fixed. */
  saved: boolean
  onChange(id: string): void
  error: string | undefined
}

/** A record's id, written or offered while the record is new and fixed once it is saved, with a hint saying which. */
export function IdField({ value, saved, onChange, error }: IdProps) {
  return (
    <TextField
      label={t('field.id')}
      value={value}
      readOnly={saved}
      onChange={onChange}
      error={error}
      hint={saved ? t('edit.idFixed') : t('edit.idHint')}
    />
  )
}

interface Props {
  /** The name's label: a tour has a title. */
  label: string
  name: string
  id: string
  saved: boolean
  onName(name: string): void
  onId(id: string): void
  nameError: string | undefined
  idError: string | undefined
}

/** A record's name and its id, which follows the name of a new record (slugFromName) until the editor writes one. */
export function NameAndIdFields({ label, name, id, saved, onName, onId, nameError, idError }: Props) {
  const [idEdited, setIdEdited] = useState(saved)
  return (
    <>
      <TextField
        label={label}
        value={name}
        onChange={(written) => {
          onName(written)
          if (!idEdited) onId(slugFromName(written))
        }}
        error={nameError}
      />
      <IdField
        value={id}
        saved={saved}
        onChange={(written) => {
          setIdEdited(true)
          onId(written)
        }}
        error={idError}
      />
    </>
  )
}

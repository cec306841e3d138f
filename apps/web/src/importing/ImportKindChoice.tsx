import { IMPORT_KINDS, type ImportKind } from '@atlas/schema'
import { useId } from 'react'
import { t } from '../i18n/translate'

interface Props {
  kind: ImportKind
  onChange(kind: ImportKind): void
  disabled: boolean
}

/** What the file holds: institutions, partnerships or group members. It decides the columns the file must have. */
export function ImportKindChoice({ kind, onChange, disabled }: Props) {
  const name = useId()
  return (
    <fieldset className="import-kinds">
      <legend>{t('import.kind')}</legend>
      {IMPORT_KINDS.map((option) => (
        <label key={option} className="import-kind">
          <input
            type="radio"
            name={name}
            checked={option === kind}
            disabled={disabled}
            onChange={() => onChange(option)}
          />
          <span>{t(`import.kind.${option}`)}</span>
        </label>
      ))}
    </fieldset>
  )
}

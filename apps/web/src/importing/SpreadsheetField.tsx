import { Field } from '../editing/Field'
import { t } from '../i18n/translate'
import { importFormatOf } from './fileFormat'

interface Props {
  file: File | null
  onChange(file: File | null): void
  disabled: boolean
}

/**
 * The spreadsheet to import. Choosing a file again after fixing it must count even when it is the same file, so
 * each click empties the field first: a browser reports no change when the same name is chosen twice.
 */
export function SpreadsheetField({ file, onChange, disabled }: Props) {
  const wrongFormat =
    file && !importFormatOf(file.name) ? t('import.wrongFormat', { name: file.name }) : undefined
  return (
    <Field label={t('import.file')} hint={t('import.fileHint')} error={wrongFormat}>
      {(control) => (
        <input
          {...control}
          type="file"
          className="import-file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={disabled}
          onClick={(event) => {
            event.currentTarget.value = ''
            onChange(null)
          }}
          onChange={(event) => onChange(event.currentTarget.files?.[0] ?? null)}
        />
      )}
    </Field>
  )
}

import { t } from '../i18n/translate'
import type { FieldChange } from './changeDiff'
import { fieldLabel } from './fieldLabels'

/** One column of the comparison: its heading, and which of a change's values it shows. */
export interface ComparedColumn {
  heading: string
  shows: 'before' | 'after'
}

interface Props {
  /** What the table compares, for those who hear it read. */
  caption: string
  fields: readonly FieldChange[]
  columns: readonly [ComparedColumn, ComparedColumn]
}

/**
 * Two versions of a record field by field, one table for a history entry (before, after) and a conflict (yours,
 * theirs), so that both read the same way and mark an empty value alike.
 */
export function FieldComparison({ caption, fields, columns }: Props) {
  return (
    <table className="history-fields">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('history.field')}</th>
          {columns.map((column) => (
            <th key={column.shows} scope="col">
              {column.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.field}>
            <th scope="row">{fieldLabel(field.field)}</th>
            {columns.map((column) => (
              <td key={column.shows}>{field[column.shows] || t('history.empty.value')}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

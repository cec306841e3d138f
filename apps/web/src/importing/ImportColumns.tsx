import { IMPORT_COLUMNS, type ImportKind, importCitesSource } from '@atlas/schema'
import { useId } from 'react'
import { t } from '../i18n/translate'
import { templateFileName, templateHref } from './importTemplate'

/**
 * The columns a file of the kind must and may have, what goes in them, and an empty file to start from: someone
 * who has never seen the atlas's data can fill in a spreadsheet without guessing a header.
 */
export function ImportColumns({ kind }: { kind: ImportKind }) {
  const headingId = useId()
  const { required, optional } = IMPORT_COLUMNS[kind]
  return (
    <section className="import-columns" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('import.columns')}</h3>
      <dl>
        <dt>{t('import.required')}</dt>
        <dd>
          <ColumnNames names={required} />
        </dd>
        <dt>{t('import.optional')}</dt>
        <dd>
          <ColumnNames names={optional} />
        </dd>
      </dl>
      <p className="hint">{t(`import.rules.${kind}`)}</p>
      {importCitesSource(kind) ? <p className="hint">{t('import.sourceRule')}</p> : null}
      <a className="button" href={templateHref(kind)} download={templateFileName(kind)}>
        {t('import.template')}
      </a>
    </section>
  )
}

function ColumnNames({ names }: { names: readonly string[] }) {
  return (
    <ul className="import-column-names">
      {names.map((name) => (
        <li key={name}>
          <code>{name}</code>
        </li>
      ))}
    </ul>
  )
}

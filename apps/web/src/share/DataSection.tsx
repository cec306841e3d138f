import { t } from '../i18n/translate'
import { ExportFailure } from './ExportFailure'
import { ShareSection } from './ShareSection'
import { useExportTask } from './useExportTask'

export type CsvTable = 'institutions' | 'links'

/** Each export makes and downloads its file; a rejection's message is shown. */
export interface DataExport {
  onExportCsv(table: CsvTable): Promise<void>
  onExportGeoJson(): Promise<void>
}

/** The data the map shows, as CSV tables and as GeoJSON. */
export function DataSection({ onExportCsv, onExportGeoJson }: DataExport) {
  const { task, run } = useExportTask((file: CsvTable | 'geojson') =>
    file === 'geojson' ? onExportGeoJson() : onExportCsv(file),
  )
  return (
    <ShareSection title={t('share.data')}>
      <p className="hint">{t('share.dataHint')}</p>
      <div className="share-row" aria-busy={task.isPending}>
        <button type="button" className="button" onClick={() => run('institutions')}>
          {t('share.csvInstitutions')}
        </button>
        <button type="button" className="button" onClick={() => run('links')}>
          {t('share.csvLinks')}
        </button>
        <button type="button" className="button" onClick={() => run('geojson')}>
          {t('share.geojson')}
        </button>
      </div>
      <ExportFailure task={task} />
    </ShareSection>
  )
}

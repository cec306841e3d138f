import type { InstitutionSummary } from '@atlas/schema'
import { lazy, Suspense } from 'react'
import type { FilteredAtlas } from '../data/filterAtlas'
import type { AtlasData } from '../data/useAtlasData'
import { t } from '../i18n/translate'
import { CountsBar } from '../panels/CountsBar'
import { Legend } from '../panels/Legend'
import { LoadBoundary } from '../panels/LoadBoundary'
import type { AtlasView } from '../state/atlasView'

const InstitutionTable = lazy(() =>
  import('../panels/InstitutionTable').then((module) => ({ default: module.InstitutionTable })),
)

interface Props {
  atlas: AtlasView
  data: AtlasData
  filtered: FilteredAtlas
  tableOpen: boolean
  onChooseInstitution(institution: InstitutionSummary): void
  onCloseTable(): void
}

/** What the dashboard shows over the map: the counts, the legend and, while it is open, the table. */
export function MapPanels({ atlas, data, filtered, tableOpen, onChooseInstitution, onCloseTable }: Props) {
  return (
    <>
      <CountsBar counts={filtered.counts} />
      <Legend
        initiatives={data.initiatives}
        institutions={data.institutions}
        links={data.links}
        options={atlas.options}
        theme={atlas.theme}
        linksByCountry={filtered.linksByCountry}
      />
      {tableOpen ? (
        <LoadBoundary>
          <Suspense fallback={<p className="hint">{t('status.loadingPart')}</p>}>
            <InstitutionTable
              institutions={filtered.institutions}
              links={filtered.links}
              linksByInstitution={filtered.linksByInstitution}
              groups={data.groups}
              initiatives={data.initiatives}
              selectedId={atlas.selection?.type === 'institution' ? atlas.selection.id : null}
              onChoose={onChooseInstitution}
              onClose={onCloseTable}
            />
          </Suspense>
        </LoadBoundary>
      ) : null}
    </>
  )
}

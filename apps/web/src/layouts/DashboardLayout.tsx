import { lazy, Suspense, useMemo, useState } from 'react'
import { facetCounts } from '../data/facetCounts'
import { type FilterableAtlas, type FilteredAtlas, yearDomain } from '../data/filterAtlas'
import type { AtlasData } from '../data/useAtlasData'
import { useEditing } from '../editing/EditingContext'
import { t } from '../i18n/translate'
import type { Insets } from '../map/useView'
import { DetailsPanel } from '../panels/DetailsPanel'
import { FilterPanel } from '../panels/FilterPanel'
import { ToursDialog } from '../present/ToursDialog'
import { viewTitle } from '../share/imageContent'
import type { AtlasView } from '../state/atlasView'
import type { UrlStore } from '../state/urlStore'
import { AtlasFrame, type MapStage, mapAreaSize } from './AtlasFrame'
import { DashboardHeader } from './DashboardHeader'
import { MapPanels } from './MapPanels'
import { SkipLinks } from './SkipLinks'
import { useDetailsActions } from './useDetailsActions'
import { useSearchChoice } from './useSearchChoice'

// The forms are for the few who edit: their code loads when one opens.
const EditingPanel = lazy(() => import('../editing/EditingPanel'))

interface Props {
  stage: MapStage
  atlas: AtlasView
  update: UrlStore['update']
  /** Null until the data has arrived; `filtered` is what the filter shows of it. */
  data: AtlasData | null
  filtered: FilteredAtlas | null
  /** The data as the filter reads it (filterableAtlas), null while the data loads. */
  filterable: FilterableAtlas | null
  onStartTour: UrlStore['startTour']
  /** Opens the share dialog with the image titled as given. */
  onShare(imageTitle: string): void
  /** How much of each side of the map the details cover: on a phone, the sheet over its bottom. */
  onCover(covered: Insets): void
}

/** The atlas at work: filters, search and details around the map, with the table and the tours at hand. */
export function DashboardLayout({
  stage,
  atlas,
  update,
  data,
  filtered,
  filterable,
  onStartTour,
  onShare,
  onCover,
}: Props) {
  const [filtersOpen, setFiltersOpen] = useState(false)
  const [tableOpen, setTableOpen] = useState(false)
  const [toursOpen, setToursOpen] = useState(false)
  const known = useMemo(() => data && { ...data, mapSize: () => mapAreaSize(stage.host) }, [data, stage.host])
  const { focusRequest, ...actions } = useDetailsActions(update, known)
  const onChooseSearchResult = useSearchChoice(update, actions)
  const domain = useMemo(() => data && yearDomain(data.links), [data])
  /** What each choice of the filter panel would show. */
  const facets = useMemo(
    () => filterable && facetCounts(filterable.links, atlas.filter),
    [filterable, atlas.filter],
  )
  const shownIds = useMemo(
    () => new Set(filtered?.institutions.map((institution) => institution.id)),
    [filtered],
  )
  const editTarget = useEditing()?.target ?? null

  return (
    <AtlasFrame
      {...stage}
      layout="dashboard"
      onCover={onCover}
      header={
        <>
          <SkipLinks />
          <DashboardHeader
            filtersOpen={filtersOpen}
            onToggleFilters={() => setFiltersOpen((open) => !open)}
            data={data}
            shownIds={shownIds}
            onChooseSearchResult={onChooseSearchResult}
            theme={atlas.theme}
            options={atlas.options}
            tableOpen={tableOpen}
            onTheme={(theme) => update({ theme })}
            onOptions={(options) => update({ options })}
            onToggleTable={() => setTableOpen((open) => !open)}
            onTours={() => setToursOpen(true)}
            onShare={() => onShare(viewTitle(atlas.filter, data?.initiatives ?? [], filtered))}
          />
        </>
      }
      beside={
        data && filtered && domain && facets ? (
          <nav
            id="filter-panel"
            className="side-panel filter-side"
            data-open={filtersOpen}
            aria-label={t('filters.heading')}
          >
            <FilterPanel
              filter={atlas.filter}
              initiatives={data.initiatives}
              institutions={data.institutions}
              links={data.links}
              facets={facets}
              domain={domain}
              onChange={(filter, options) => update({ filter }, options)}
            />
          </nav>
        ) : null
      }
      overMap={
        data && filtered ? (
          <MapPanels
            atlas={atlas}
            data={data}
            filtered={filtered}
            tableOpen={tableOpen}
            onChooseInstitution={actions.onChooseInstitution}
            onCloseTable={() => setTableOpen(false)}
          />
        ) : null
      }
      aside={
        data && editTarget ? (
          <Suspense fallback={<p className="hint">{t('status.loadingPart')}</p>}>
            <EditingPanel target={editTarget} />
          </Suspense>
        ) : data && filtered && atlas.selection ? (
          <DetailsPanel
            selection={atlas.selection}
            data={data}
            filtered={filtered}
            filter={atlas.filter}
            focusRequest={focusRequest}
            onClose={() => update({ selection: null })}
            {...actions}
          />
        ) : null
      }
      after={
        <ToursDialog
          open={toursOpen}
          onClose={() => setToursOpen(false)}
          onStart={(tourId, options) => {
            setToursOpen(false)
            onStartTour(tourId, options)
          }}
        />
      }
    />
  )
}

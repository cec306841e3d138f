import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import type { FilteredAtlas } from '../data/filterAtlas'
import type { AtlasData } from '../data/useAtlasData'
import { countryName } from '../i18n/format'
import { t } from '../i18n/translate'
import type { AtlasFilter, Selection } from '../state/atlasView'
import type { DetailsActions } from './DetailsActions'
import { LoadBoundary } from './LoadBoundary'
import { useFocusReturn } from './useFocusReturn'

const InstitutionDetails = lazy(() =>
  import('./InstitutionDetails').then((module) => ({ default: module.InstitutionDetails })),
)
const LinkDetails = lazy(() => import('./LinkDetails').then((module) => ({ default: module.LinkDetails })))
const CountryDetails = lazy(() =>
  import('./CountryDetails').then((module) => ({ default: module.CountryDetails })),
)
const GroupDetails = lazy(() => import('./GroupDetails').then((module) => ({ default: module.GroupDetails })))

interface Props extends DetailsActions {
  selection: NonNullable<Selection>
  data: AtlasData
  filtered: FilteredAtlas
  filter: AtlasFilter
  /** Changes when focus should move to the panel (a choice made in the panels, not on the map). */
  focusRequest: number
  onClose(): void
}

/** The side panel for whatever is selected: an institution, a partnership, a country or a group. */
export function DetailsPanel({
  selection,
  data,
  filtered,
  filter,
  focusRequest,
  onClose,
  ...actions
}: Props) {
  const panel = useRef<HTMLElement>(null)
  useFocusReturn(panel)
  useEffect(() => {
    if (focusRequest > 0) panel.current?.focus()
  }, [focusRequest])

  const key = selection.type === 'country' ? `c:${selection.code}` : `${selection.type}:${selection.id}`
  // A suspense query that failed throws its kept error again, without asking the server, until its boundary is
  // reset: each selection shown afresh resets it, so that coming back to a part that failed tries it again.
  const queryErrors = useQueryErrorResetBoundary()
  const [shownKey, setShownKey] = useState<string>()
  if (shownKey !== key) {
    queryErrors.reset()
    setShownKey(key)
  }
  return (
    <aside ref={panel} className="side-panel details-panel" aria-label={t('details.label')} tabIndex={-1}>
      <p className="visually-hidden" aria-live="polite">
        {t('details.announce', { name: selectionName(selection, data) })}
      </p>
      <button
        type="button"
        className="button icon-button close-details"
        aria-label={t('details.close')}
        onClick={onClose}
      >
        <span aria-hidden="true">×</span>
      </button>
      <LoadBoundary key={key} onRetry={queryErrors.reset}>
        <Suspense fallback={<p className="hint">{t('status.loadingPart')}</p>}>
          {selection.type === 'institution' ? (
            <InstitutionDetails id={selection.id} data={data} {...actions} />
          ) : selection.type === 'link' ? (
            <LinkDetails id={selection.id} data={data} {...actions} />
          ) : selection.type === 'group' ? (
            <GroupDetails id={selection.id} data={data} {...actions} />
          ) : (
            <CountryDetails
              code={selection.code}
              data={data}
              filtered={filtered}
              filter={filter}
              {...actions}
            />
          )}
        </Suspense>
      </LoadBoundary>
    </aside>
  )
}

function selectionName(selection: NonNullable<Selection>, data: AtlasData): string {
  const institutionName = (id: string) =>
    data.institutions.find((institution) => institution.id === id)?.name ?? id
  switch (selection.type) {
    case 'institution':
      return institutionName(selection.id)
    case 'country':
      return countryName(selection.code)
    case 'group':
      return data.groups.find((group) => group.id === selection.id)?.name ?? selection.id
    case 'link': {
      const link = data.links.find((candidate) => candidate.id === selection.id)
      return link
        ? t('details.linkName', { from: institutionName(link.fromId), to: institutionName(link.toId) })
        : selection.id
    }
  }
}

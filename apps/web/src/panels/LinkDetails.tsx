import { useSuspenseQuery } from '@tanstack/react-query'
import { Suspense } from 'react'
import type { AtlasData } from '../data/useAtlasData'
import { MembershipLinkNote } from '../editing/MembershipLinkNote'
import { RecordActions } from '../editing/RecordActions'
import { formatDateSpan } from '../i18n/format'
import { localized, localText, ORIGINAL_LANGUAGE } from '../i18n/localized'
import { t } from '../i18n/translate'
import { useTRPC } from '../trpc'
import type { DetailsActions } from './DetailsActions'
import { ErrorBoundary } from './ErrorBoundary'
import { InitiativesRow } from './InitiativesRow'
import { InstitutionName } from './InstitutionName'
import { Localized } from './Localized'
import { ReadSourceButton } from './ReadSourceButton'
import { SourceCitation } from './SourceCitation'

interface Props extends DetailsActions {
  id: string
  data: AtlasData
}

/** One partnership: who, what kind, under which initiatives, when, and the source that says so. */
export function LinkDetails({ id, data, onChooseInstitution, onChooseGroup }: Props) {
  const link = data.links.find((candidate) => candidate.id === id)
  if (!link) return <p className="hint">{t('details.notFound')}</p>

  const ends = [link.fromId, link.toId].map((endId) => ({
    id: endId,
    institution: data.institutions.find((institution) => institution.id === endId),
  }))
  const initiatives = data.initiatives.filter((initiative) => link.initiatives.includes(initiative.id))
  const group = link.groupId ? data.groups.find((candidate) => candidate.id === link.groupId) : undefined

  return (
    <>
      <header className="details-header">
        <h2 className="details-title">{t(`linkKind.${link.kind}`)}</h2>
        <p className="details-subtitle">{formatDateSpan(link)}</p>
      </header>
      {link.groupId ? (
        group ? (
          <MembershipLinkNote
            groupName={localText(group, 'name')}
            onOpenGroup={() => onChooseGroup(group.id)}
          />
        ) : null
      ) : (
        <RecordActions
          entity="link"
          id={link.id}
          name={t('details.linkName', {
            from: ends[0]?.institution?.name ?? link.fromId,
            to: ends[1]?.institution?.name ?? link.toId,
          })}
        />
      )}
      <dl className="facts-list">
        <div className="facts-row">
          <dt>{t('details.between')}</dt>
          <dd>
            <ul className="plain-list">
              {ends.map(({ id: endId, institution }) => (
                <li key={endId}>
                  {institution ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onChooseInstitution(institution)}
                    >
                      <InstitutionName institution={institution} />
                    </button>
                  ) : (
                    endId
                  )}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <InitiativesRow initiatives={initiatives} />
        <div className="facts-row">
          <dt>{t('details.status')}</dt>
          <dd>{t(`linkStatus.${link.status}`)}</dd>
        </div>
        {link.description ? (
          <div className="facts-row">
            <dt>{t('details.description')}</dt>
            <dd lang={ORIGINAL_LANGUAGE}>{link.description}</dd>
          </div>
        ) : null}
        {group ? (
          <div className="facts-row">
            <dt>{t('details.group')}</dt>
            <dd>
              <button type="button" className="link-button" onClick={() => onChooseGroup(group.id)}>
                <Localized named={localized(group, 'name')} />
              </button>{' '}
              {t('details.groupKindAfterName', { kind: t(`groupKind.${group.kind}`) })}
              <p className="group-description">
                <Localized named={localized(group, 'description')} />
              </p>
            </dd>
          </div>
        ) : null}
        <div className="facts-row">
          <dt>{t('details.source')}</dt>
          <dd>
            <ErrorBoundary
              fallback={(error) => (
                <span role="alert">{t('status.partFailed', { message: error.message })}</span>
              )}
            >
              <Suspense fallback={t('status.loadingPart')}>
                <LinkSource sourceId={link.sourceId} />
              </Suspense>
            </ErrorBoundary>
          </dd>
        </div>
      </dl>
    </>
  )
}

/** The source a partnership cites, from the list of sources fetched once for the session. */
function LinkSource({ sourceId }: { sourceId: string }) {
  const trpc = useTRPC()
  const { data: sources } = useSuspenseQuery(
    trpc.source.list.queryOptions(undefined, { staleTime: Number.POSITIVE_INFINITY }),
  )
  const source = sources.find((candidate) => candidate.id === sourceId)
  return source ? (
    <>
      <SourceCitation source={source} /> <ReadSourceButton sourceId={source.id} label={t('source.read')} />
    </>
  ) : (
    sourceId
  )
}

import type { InstitutionSummary, Link } from '@atlas/schema'
import { useSuspenseQuery } from '@tanstack/react-query'
import { groupLinksByInitiatives } from '../data/linkGroups'
import type { AtlasData } from '../data/useAtlasData'
import { RecordActions } from '../editing/RecordActions'
import { countryName, formatDateSpan, formatList, joinParts } from '../i18n/format'
import { institutionNames } from '../i18n/institutionName'
import { localized } from '../i18n/localized'
import { t } from '../i18n/translate'
import { useTRPC } from '../trpc'
import type { DetailsActions } from './DetailsActions'
import { InstitutionName } from './InstitutionName'
import { Localized } from './Localized'
import { ReadSourceButton } from './ReadSourceButton'
import { RecordLoader } from './RecordLoader'
import { SourceCitation } from './SourceCitation'
import { Swatch } from './Swatch'

interface Props extends DetailsActions {
  id: string
  data: AtlasData
}

/** Everything the atlas knows of one institution, with every source it cites. */
export function InstitutionDetails({ id, data, ...actions }: Props) {
  const summary = data.institutions.find((institution) => institution.id === id)
  return (
    <RecordLoader known={summary ? <InstitutionHeading institution={summary} /> : null}>
      <InstitutionBody id={id} data={data} {...actions} />
    </RecordLoader>
  )
}

function InstitutionHeading({ institution }: { institution: InstitutionSummary }) {
  return (
    <header className="details-header">
      <h2 className="details-title">
        <InstitutionName institution={institution} />
      </h2>
      <p className="details-subtitle">
        {joinParts(
          t(`institutionKind.${institution.kind}`),
          t('details.locationValue', {
            city: institution.city,
            country: countryName(institution.country),
          }),
        )}
      </p>
    </header>
  )
}

function InstitutionBody({ id, data, ...actions }: Props) {
  const trpc = useTRPC()
  const { data: detail } = useSuspenseQuery(trpc.institution.get.queryOptions({ id }))
  const { institution } = detail
  const sourceNumber = new Map(detail.sources.map((source, index) => [source.id, index + 1]))
  const partners = new Map(
    [...data.institutions, ...detail.partners].map((partner) => [partner.id, partner] as const),
  )
  const linkGroups = groupLinksByInitiatives(detail.links, data.initiatives)
  const cite = (sourceId: string) => <SourceRef number={sourceNumber.get(sourceId)} sourceId={sourceId} />

  return (
    <>
      <InstitutionHeading institution={institution} />
      <RecordActions
        entity="institution"
        id={institution.id}
        name={institutionNames(institution).name.text}
      />
      <dl className="facts-list">
        {institution.altNames.length > 0 ? (
          <Row term={t('details.altNames')}>{formatList(institution.altNames)}</Row>
        ) : null}
        <Row term={t('details.precision')}>
          {t(`precision.${institution.precision}`)}{' '}
          {institution.coordinateSourceId ? cite(institution.coordinateSourceId) : null}
        </Row>
        {institution.website ? (
          <Row term={t('details.website')}>
            <a href={institution.website} target="_blank" rel="noopener noreferrer">
              {institution.website.replace(/^https?:\/\//, '')}
            </a>
          </Row>
        ) : null}
      </dl>

      <section className="details-section">
        <h3>{t('details.partnerships')}</h3>
        {linkGroups.length === 0 ? <p className="hint">{t('details.noPartnerships')}</p> : null}
        {linkGroups.map((group) => (
          <div key={group.initiatives.map((initiative) => initiative.id).join(',')} className="link-group">
            <h4 className="link-group-heading">
              {group.initiatives.map((initiative) => (
                <span key={initiative.id} className="initiative-tag">
                  <Swatch colour={initiative.colour} />
                  <Localized named={localized(initiative, 'name')} />
                </span>
              ))}
            </h4>
            <ul className="partnership-list">
              {group.links.map((link) => (
                <Partnership
                  key={link.id}
                  link={link}
                  partner={partners.get(link.fromId === institution.id ? link.toId : link.fromId)}
                  citation={cite(link.sourceId)}
                  {...actions}
                />
              ))}
            </ul>
          </div>
        ))}
      </section>

      {detail.groups.length > 0 ? (
        <section className="details-section">
          <h3>{t('details.groups')}</h3>
          <ul className="plain-list">
            {detail.groups.map((group) => (
              <li key={group.id}>
                <button type="button" className="link-button" onClick={() => actions.onChooseGroup(group.id)}>
                  <Localized named={localized(group, 'name')} />
                </button>{' '}
                <span className="partnership-meta">
                  {joinParts(
                    t(`memberRole.${group.role}`),
                    group.seatId === institution.id && t('details.seat'),
                  )}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {institution.facts.length > 0 ? (
        <section className="details-section">
          <h3>{t('details.facts')}</h3>
          <dl className="facts-list">
            {institution.facts.map((fact) => (
              <Row key={fact.id} term={fact.label}>
                {fact.text} {cite(fact.sourceId)}{' '}
                {fact.excerpt ? (
                  <ReadSourceButton
                    sourceId={fact.sourceId}
                    excerpt={fact.excerpt}
                    label={t('source.showInSource')}
                  />
                ) : null}
              </Row>
            ))}
          </dl>
        </section>
      ) : null}

      <section className="details-section">
        <h3>{t('details.sources')}</h3>
        <ol className="source-list">
          {detail.sources.map((source) => (
            <li key={source.id} id={sourceAnchor(source.id)} tabIndex={-1}>
              <SourceCitation source={source} />{' '}
              <ReadSourceButton sourceId={source.id} label={t('source.read')} />
            </li>
          ))}
        </ol>
      </section>
    </>
  )
}

function Partnership({
  link,
  partner,
  citation,
  onSelect,
  onChooseInstitution,
}: { link: Link; partner: InstitutionSummary | undefined; citation: React.ReactNode } & DetailsActions) {
  return (
    <li className="partnership">
      {partner ? (
        <button
          type="button"
          className="link-button partner-name"
          onClick={() => onChooseInstitution(partner)}
        >
          <InstitutionName institution={partner} />
        </button>
      ) : null}
      <span className="partnership-meta">
        {joinParts(t(`linkKind.${link.kind}`), formatDateSpan(link), t(`linkStatus.${link.status}`))}{' '}
        {citation}
      </span>
      <button
        type="button"
        className="link-button small"
        onClick={() => onSelect({ type: 'link', id: link.id })}
      >
        {t('details.linkDetails')}
      </button>
    </li>
  )
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="facts-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

const sourceAnchor = (sourceId: string) => `source-${sourceId}`

/** A numbered reference to the source list; it moves there without putting a #fragment into the shared URL. */
function SourceRef({ number, sourceId }: { number: number | undefined; sourceId: string }) {
  if (number === undefined) return null
  return (
    <a
      className="source-ref"
      href={`#${sourceAnchor(sourceId)}`}
      aria-label={t('details.sourceRef', { number })}
      onClick={(event) => {
        const target = document.getElementById(sourceAnchor(sourceId))
        if (!target) return
        event.preventDefault()
        target.scrollIntoView({ block: 'nearest' })
        target.focus()
      }}
    >
      {t('format.sourceMark', { number })}
    </a>
  )
}

import type { Group, GroupDetail, Initiative, InstitutionSummary } from '@atlas/schema'
import { useSuspenseQuery } from '@tanstack/react-query'
import { membersByCountry } from '../data/groupMembers'
import type { AtlasData } from '../data/useAtlasData'
import { RecordActions } from '../editing/RecordActions'
import { countryName, formatPartialDate, joinParts } from '../i18n/format'
import { localized, localText } from '../i18n/localized'
import { t } from '../i18n/translate'
import { useTRPC } from '../trpc'
import type { DetailsActions } from './DetailsActions'
import { InitiativesRow } from './InitiativesRow'
import { InstitutionName } from './InstitutionName'
import { Localized } from './Localized'
import { RecordLoader } from './RecordLoader'
import { SourceCitation } from './SourceCitation'

interface Props extends DetailsActions {
  id: string
  data: AtlasData
}

/** A consortium or joint institute: its seat, founding, co-initiators, every member by country, and its source. */
export function GroupDetails({ id, data, ...actions }: Props) {
  const known = data.groups.find((group) => group.id === id)
  return (
    <RecordLoader known={known ? <GroupHeading group={known} /> : null}>
      <GroupBody id={id} data={data} {...actions} />
    </RecordLoader>
  )
}

function GroupHeading({ group }: { group: Group }) {
  return (
    <header className="details-header">
      <h2 className="details-title">
        <Localized named={localized(group, 'name')} />
      </h2>
      <p className="details-subtitle">
        {joinParts(t(`groupKind.${group.kind}`), t('count.members', { count: group.members.length }))}
      </p>
    </header>
  )
}

function GroupBody({ id, data, onChooseInstitution }: Props) {
  const trpc = useTRPC()
  const { data: detail } = useSuspenseQuery(trpc.group.get.queryOptions({ id }))
  return (
    <GroupView detail={detail} initiatives={data.initiatives} onChooseInstitution={onChooseInstitution} />
  )
}

interface ViewProps extends Pick<DetailsActions, 'onChooseInstitution'> {
  detail: GroupDetail
  /** The atlas's initiatives, to name and colour the group's. */
  initiatives: readonly Initiative[]
}

/** A group's page from what the server gives of it. */
export function GroupView({ detail, initiatives: allInitiatives, onChooseInstitution }: ViewProps) {
  const { group, seat, foundedAt, members } = detail
  const coInitiators = members.filter((member) => member.role === 'co_initiator')
  const initiatives = allInitiatives.filter((initiative) => group.initiatives.includes(initiative.id))
  const institutionButton = (institution: InstitutionSummary) => (
    <button type="button" className="link-button" onClick={() => onChooseInstitution(institution)}>
      <InstitutionName institution={institution} />
    </button>
  )

  return (
    <>
      <GroupHeading group={group} />
      <RecordActions entity="group" id={group.id} name={localText(group, 'name')} />
      <dl className="facts-list">
        <div className="facts-row">
          <dt>{t('group.seat')}</dt>
          <dd>
            {institutionButton(seat)}{' '}
            <span className="partnership-meta">
              {t('details.locationValue', { city: seat.city, country: countryName(seat.country) })}
            </span>
          </dd>
        </div>
        <div className="facts-row">
          <dt>{t('group.founded')}</dt>
          <dd>
            <span>
              {group.foundedDate
                ? formatPartialDate(group.foundedDate, group.foundedPrecision)
                : t('dates.notStated')}
            </span>
            {foundedAt ? (
              <>
                {' '}
                {t('group.foundedAt')} {institutionButton(foundedAt)}
              </>
            ) : null}
          </dd>
        </div>
        {coInitiators.length > 0 ? (
          <div className="facts-row">
            <dt>{t('group.coInitiators')}</dt>
            <dd>
              <ul className="plain-list">
                {coInitiators.map(({ institution }) => (
                  <li key={institution.id}>{institutionButton(institution)}</li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        <InitiativesRow initiatives={initiatives} />
        <div className="facts-row">
          <dt>{t('details.description')}</dt>
          <dd>
            <Localized named={localized(group, 'description')} />
          </dd>
        </div>
      </dl>

      <section className="details-section">
        <h3>{t('group.members')}</h3>
        {membersByCountry(members).map(({ country, members: list }) => (
          <div key={country} className="link-group">
            <h4 className="link-group-heading">
              {t('group.country', {
                country: countryName(country),
                members: t('count.members', { count: list.length }),
              })}
            </h4>
            <ul className="plain-list">
              {list.map(({ institution, role }) => (
                <li key={institution.id}>
                  {institutionButton(institution)}{' '}
                  <span className="partnership-meta">
                    {joinParts(
                      t(`memberRole.${role}`),
                      institution.id === group.seatId && t('details.seat'),
                      institution.city,
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section className="details-section">
        <h3>{t('details.sources')}</h3>
        <ol className="source-list">
          {detail.sources.map((source) => (
            <li key={source.id}>
              <SourceCitation source={source} />
            </li>
          ))}
        </ol>
      </section>
    </>
  )
}

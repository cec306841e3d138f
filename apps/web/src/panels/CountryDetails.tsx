import type { CountryCode } from '@atlas/schema'
import { useMemo } from 'react'
import { countrySummary } from '../data/countrySummary'
import type { FilteredAtlas } from '../data/filterAtlas'
import type { AtlasData } from '../data/useAtlasData'
import { countryName, joinParts } from '../i18n/format'
import { t } from '../i18n/translate'
import type { AtlasFilter } from '../state/atlasView'
import type { DetailsActions } from './DetailsActions'
import { InstitutionName } from './InstitutionName'

interface Props extends DetailsActions {
  code: CountryCode
  data: AtlasData
  filtered: FilteredAtlas
  filter: AtlasFilter
}

/** A country: its institutions on the map and the countries its partnerships reach. */
export function CountryDetails({
  code,
  data,
  filtered,
  filter,
  onSelect,
  onChooseInstitution,
  onFilterToCountry,
}: Props) {
  const summary = useMemo(() => countrySummary(code, filtered, data.institutions), [code, filtered, data])
  const onlyThis = filter.countries?.length === 1 && filter.countries[0] === code
  return (
    <>
      <header className="details-header">
        <h2 className="details-title">{countryName(code)}</h2>
        <p className="details-subtitle">
          {joinParts(
            t('count.institutions', { count: summary.institutions.length }),
            t('count.links', { count: filtered.linksByCountry.get(code) ?? 0 }),
          )}
        </p>
      </header>
      <button type="button" className="button" disabled={onlyThis} onClick={() => onFilterToCountry(code)}>
        {t('details.filterToCountry')}
      </button>
      <section className="details-section">
        <h3>{t('details.institutions')}</h3>
        {summary.institutions.length === 0 ? <p className="hint">{t('details.noInstitutions')}</p> : null}
        <ul className="plain-list">
          {summary.institutions.map((institution) => (
            <li key={institution.id}>
              <button type="button" className="link-button" onClick={() => onChooseInstitution(institution)}>
                <InstitutionName institution={institution} />
              </button>
              <span className="partnership-meta">
                {joinParts(
                  institution.city,
                  t('count.links', { count: filtered.linksByInstitution.get(institution.id) ?? 0 }),
                )}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section className="details-section">
        <h3>{t('details.partnerCountries')}</h3>
        {summary.partners.length === 0 ? <p className="hint">{t('details.noPartnerCountries')}</p> : null}
        <ul className="plain-list">
          {summary.partners.map((partner) => (
            <li key={partner.country}>
              <button
                type="button"
                className="link-button"
                onClick={() => onSelect({ type: 'country', code: partner.country })}
              >
                {t('details.partnerCountry', {
                  country: countryName(partner.country),
                  links: t('count.links', { count: partner.links }),
                })}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}

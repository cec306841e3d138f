import {
  type CountryCode,
  foldForSearch,
  type InitiativeWithCounts,
  type InstitutionSummary,
  type Link,
} from '@atlas/schema'
import { useId, useMemo, useState } from 'react'
import { initiativeTree } from '../data/initiativeTree'
import { linkKindCounts } from '../data/linkKindCounts'
import { countryName } from '../i18n/format'
import { intlLocale, t } from '../i18n/translate'
import { type AtlasFilter, NO_FILTER } from '../state/atlasView'
import { isUnfiltered, toggleInAllList, toggleInList, type YearDomain } from '../state/filterEdits'
import type { UpdateOptions } from '../state/urlStore'
import { Swatch } from './Swatch'
import { YearRange } from './YearRange'

interface Props {
  filter: AtlasFilter
  initiatives: readonly InitiativeWithCounts[]
  institutions: readonly InstitutionSummary[]
  links: readonly Link[]
  domain: YearDomain
  onChange(filter: AtlasFilter, options?: UpdateOptions): void
}

/** Which partnerships the map shows: by initiative, country, kind of link and year. */
export function FilterPanel({ filter, initiatives, institutions, links, domain, onChange }: Props) {
  return (
    <div className="filter-panel">
      <h2 className="panel-heading">{t('filters.heading')}</h2>
      <InitiativeChoice filter={filter} initiatives={initiatives} onChange={onChange} />
      <CountryChoice filter={filter} institutions={institutions} onChange={onChange} />
      <LinkKindChoice filter={filter} links={links} onChange={onChange} />
      <YearRange filter={filter} domain={domain} onChange={onChange} />
      <button
        type="button"
        className="button reset"
        disabled={isUnfiltered(filter)}
        onClick={() => onChange(NO_FILTER)}
      >
        {t('filters.reset')}
      </button>
    </div>
  )
}

type ChoiceProps = Pick<Props, 'filter' | 'onChange'>

function InitiativeChoice({ filter, initiatives, onChange }: ChoiceProps & Pick<Props, 'initiatives'>) {
  const all = initiatives.map((initiative) => initiative.id)
  return (
    <fieldset className="filter-group">
      <legend>{t('filters.initiatives')}</legend>
      <ul className="choice-list">
        {initiativeTree(initiatives).map(({ initiative, depth }) => (
          <li key={initiative.id} style={{ paddingInlineStart: `${depth * 1.25}rem` }}>
            <label className="choice">
              <input
                type="checkbox"
                checked={filter.initiatives === null || filter.initiatives.includes(initiative.id)}
                onChange={() =>
                  onChange({
                    ...filter,
                    initiatives: toggleInAllList(filter.initiatives, initiative.id, all),
                  })
                }
              />
              <Swatch colour={initiative.colour} />
              <span className="choice-name">{initiative.name}</span>
              <span className="choice-count">{t('count.links', { count: initiative.counts.links })}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}

function CountryChoice({ filter, institutions, onChange }: ChoiceProps & Pick<Props, 'institutions'>) {
  const searchId = useId()
  const [query, setQuery] = useState('')
  const countries = useMemo(() => {
    const counts = new Map<CountryCode, number>()
    for (const institution of institutions) {
      counts.set(institution.country, (counts.get(institution.country) ?? 0) + 1)
    }
    const collator = new Intl.Collator(intlLocale)
    return [...counts]
      .map(([code, count]) => ({
        code,
        count,
        name: countryName(code),
        folded: foldForSearch(countryName(code)),
      }))
      .sort((a, b) => collator.compare(a.name, b.name))
  }, [institutions])
  const folded = foldForSearch(query)
  const matching = countries.filter(
    (country) => folded === '' || country.folded.includes(folded) || country.code.toLowerCase() === folded,
  )
  return (
    <fieldset className="filter-group">
      <legend>{t('filters.countries')}</legend>
      <label htmlFor={searchId} className="visually-hidden">
        {t('filters.countrySearch')}
      </label>
      <input
        id={searchId}
        type="search"
        className="text-input"
        placeholder={t('filters.countrySearch')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <ul className="choice-list choice-list-scroll">
        {matching.map((country) => (
          <li key={country.code}>
            <label className="choice">
              <input
                type="checkbox"
                checked={filter.countries.includes(country.code)}
                onChange={() =>
                  onChange({ ...filter, countries: toggleInList(filter.countries, country.code) })
                }
              />
              <span className="choice-name">
                {country.name} <span className="code">{country.code}</span>
              </span>
              <span className="choice-count">{t('count.institutions', { count: country.count })}</span>
            </label>
          </li>
        ))}
      </ul>
      <p className="hint">
        {matching.length === 0
          ? t('filters.countryNoMatch')
          : filter.countries.length === 0
            ? t('filters.countryAllShown')
            : ''}
      </p>
    </fieldset>
  )
}

function LinkKindChoice({ filter, links, onChange }: ChoiceProps & Pick<Props, 'links'>) {
  const kinds = useMemo(() => linkKindCounts(links), [links])
  const all = kinds.map(({ kind }) => kind)
  return (
    <fieldset className="filter-group">
      <legend>{t('filters.linkKinds')}</legend>
      <ul className="choice-list">
        {kinds.map(({ kind, count }) => (
          <li key={kind}>
            <label className="choice">
              <input
                type="checkbox"
                checked={filter.linkKinds === null || filter.linkKinds.includes(kind)}
                onChange={() =>
                  onChange({ ...filter, linkKinds: toggleInAllList(filter.linkKinds, kind, all) })
                }
              />
              <span className="choice-name">{t(`linkKind.${kind}`)}</span>
              <span className="choice-count">{t('count.links', { count })}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}

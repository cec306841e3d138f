import {
  type CountryCode,
  foldForSearch,
  type InitiativeWithCounts,
  type InstitutionSummary,
  LINK_KINDS,
  type Link,
} from '@atlas/schema'
import { useId, useMemo, useState } from 'react'
import type { FacetCounts } from '../data/facetCounts'
import { initiativeSubtree, initiativeTree } from '../data/initiativeTree'
import { countryName } from '../i18n/format'
import { localized, localText } from '../i18n/localized'
import { intlLocale, t } from '../i18n/translate'
import { type AtlasFilter, NO_FILTER } from '../state/atlasView'
import {
  isUnfiltered,
  tickInAllList,
  tickState,
  toggleInAllList,
  toggleInList,
  type YearDomain,
} from '../state/filterEdits'
import type { UpdateOptions } from '../state/urlStore'
import { Localized } from './Localized'
import { Swatch } from './Swatch'
import { YearRange } from './YearRange'

interface Props {
  filter: AtlasFilter
  initiatives: readonly InitiativeWithCounts[]
  institutions: readonly InstitutionSummary[]
  links: readonly Link[]
  /** What each choice would show under the rest of the filter. */
  facets: FacetCounts
  domain: YearDomain
  onChange(filter: AtlasFilter, options?: UpdateOptions): void
}

/** Which partnerships the map shows: by initiative, country, kind of link and year. */
export function FilterPanel({ filter, initiatives, institutions, links, facets, domain, onChange }: Props) {
  return (
    <div className="filter-panel">
      <h2 className="panel-heading">{t('filters.heading')}</h2>
      <InitiativeChoice filter={filter} initiatives={initiatives} facets={facets} onChange={onChange} />
      <CountryChoice filter={filter} institutions={institutions} facets={facets} onChange={onChange} />
      <LinkKindChoice filter={filter} links={links} facets={facets} onChange={onChange} />
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

type ChoiceProps = Pick<Props, 'filter' | 'facets' | 'onChange'>

function InitiativeChoice({
  filter,
  initiatives,
  facets,
  onChange,
}: ChoiceProps & Pick<Props, 'initiatives'>) {
  const all = initiatives.map((initiative) => initiative.id)
  return (
    <fieldset className="filter-group">
      <legend>{t('filters.initiatives')}</legend>
      <ul className="choice-list">
        {initiativeTree(initiatives).map(({ initiative, depth }) => {
          const subtree = initiativeSubtree(initiatives, initiative.id)
          const state = tickState(filter.initiatives, subtree)
          const only = subtree.length === all.length ? null : subtree
          return (
            <li
              key={initiative.id}
              className="choice-row"
              style={{ paddingInlineStart: `${depth * 1.25}rem` }}
            >
              <label className="choice">
                <input
                  type="checkbox"
                  checked={state === 'checked'}
                  aria-checked={state === 'mixed' ? 'mixed' : state === 'checked'}
                  ref={(input) => {
                    if (input) input.indeterminate = state === 'mixed'
                  }}
                  onChange={() =>
                    onChange({
                      ...filter,
                      initiatives: tickInAllList(filter.initiatives, subtree, state !== 'checked', all),
                    })
                  }
                />
                <Swatch colour={initiative.colour} />
                <span className="choice-name">
                  <Localized named={localized(initiative, 'name')} />
                </span>
                <span className="choice-count">
                  {t('count.links', { count: facets.initiatives.get(initiative.id) ?? 0 })}
                </span>
              </label>
              <button
                type="button"
                className="only-this"
                aria-label={t('filters.onlyThisNamed', { name: localText(initiative, 'name') })}
                disabled={sameItems(filter.initiatives, only)}
                onClick={() => onChange({ ...filter, initiatives: only })}
              >
                {t('filters.onlyThis')}
              </button>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}

function sameItems(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return a === b
  return a.length === b.length && a.every((item) => b.includes(item))
}

function CountryChoice({
  filter,
  institutions,
  facets,
  onChange,
}: ChoiceProps & Pick<Props, 'institutions'>) {
  const searchId = useId()
  const [query, setQuery] = useState('')
  const countries = useMemo(() => {
    const collator = new Intl.Collator(intlLocale)
    return [...new Set<CountryCode>(institutions.map((institution) => institution.country))]
      .map((code) => ({ code, name: countryName(code), folded: foldForSearch(countryName(code)) }))
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
                checked={filter.countries?.includes(country.code) ?? false}
                onChange={() =>
                  onChange({ ...filter, countries: toggleInList(filter.countries, country.code) })
                }
              />
              <span className="choice-name">
                {country.name} <span className="code">{country.code}</span>
              </span>
              <span className="choice-count">
                {t('count.links', { count: facets.countries.get(country.code) ?? 0 })}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <p className="hint">
        {matching.length === 0
          ? t('filters.countryNoMatch')
          : filter.countries === null
            ? t('filters.countryAllShown')
            : ''}
      </p>
    </fieldset>
  )
}

function LinkKindChoice({ filter, links, facets, onChange }: ChoiceProps & Pick<Props, 'links'>) {
  const all = useMemo(() => {
    const present = new Set(links.map((link) => link.kind))
    return LINK_KINDS.filter((kind) => present.has(kind))
  }, [links])
  return (
    <fieldset className="filter-group">
      <legend>{t('filters.linkKinds')}</legend>
      <ul className="choice-list">
        {all.map((kind) => (
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
              <span className="choice-count">
                {t('count.links', { count: facets.linkKinds.get(kind) ?? 0 })}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}

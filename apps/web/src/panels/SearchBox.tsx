import { type KeyboardEvent, useId, useMemo, useState } from 'react'
import {
  buildSearchIndex,
  hitKey,
  hitName,
  type Searchable,
  type SearchHit,
  type SearchTarget,
  searchAtlas,
} from '../data/atlasSearch'
import { countryName, joinParts } from '../i18n/format'
import { intlLocale, t } from '../i18n/translate'

interface Props {
  data: Searchable
  /** The institutions the filter shows; the others are marked as hidden by it. */
  shownIds: ReadonlySet<string>
  onChoose(target: SearchTarget): void
}

/**
 * Finds an institution by any of its names, and a group or an initiative by its name, forgiving a typo (an ARIA
 * 1.2 combobox with a list box of matches).
 */
export function SearchBox({ data, shownIds, onChoose }: Props) {
  const id = useId()
  const index = useMemo(() => buildSearchIndex(data, intlLocale), [data])
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const hits = useMemo(() => searchAtlas(index, query), [index, query])
  const expanded = open && query.trim() !== ''
  const optionId = (position: number) => `${id}-option-${position}`

  const choose = (hit: SearchHit) => {
    setQuery(hitName(hit))
    setOpen(false)
    setActive(-1)
    onChoose(hit)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = hits.length - 1
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        setOpen(true)
        setActive((current) => (current >= last ? 0 : current + 1))
        break
      case 'ArrowUp':
        event.preventDefault()
        setOpen(true)
        setActive((current) => (current <= 0 ? last : current - 1))
        break
      case 'Enter': {
        const hit = hits[active] ?? (hits.length === 1 ? hits[0] : undefined)
        if (expanded && hit) {
          event.preventDefault()
          choose(hit)
        }
        break
      }
      case 'Escape':
        if (expanded) setOpen(false)
        else setQuery('')
        setActive(-1)
        break
    }
  }

  return (
    <search className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={`${id}-input`}
        className="search-input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div
        id={`${id}-list`}
        className="search-list"
        role="listbox"
        aria-label={t('search.results')}
        hidden={!expanded}
      >
        {hits.map((hit, position) => (
          <SearchOption
            key={hitKey(hit)}
            id={optionId(position)}
            hit={hit}
            active={position === active}
            hidden={hit.type === 'institution' && !shownIds.has(hit.institution.id)}
            onHover={() => setActive(position)}
            onChoose={() => choose(hit)}
          />
        ))}
      </div>
      {expanded && hits.length === 0 ? (
        <p className="search-empty">{t('search.noResults', { query: query.trim() })}</p>
      ) : null}
      <span className="visually-hidden" aria-live="polite">
        {expanded && hits.length > 0 ? t('search.resultCount', { count: hits.length }) : ''}
      </span>
    </search>
  )
}

function SearchOption(props: {
  id: string
  hit: SearchHit
  active: boolean
  hidden: boolean
  onHover(): void
  onChoose(): void
}) {
  const { hit } = props
  return (
    // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the combobox input (ARIA 1.2 pattern)
    // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys for every option
    <div
      id={props.id}
      role="option"
      aria-selected={props.active}
      className="search-option"
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={props.onHover}
      onClick={props.onChoose}
    >
      <span className="search-option-name">{hitName(hit)}</span>
      <span className="search-option-meta">
        {hitMeta(hit)}
        {props.hidden ? (
          <em className="search-option-hidden">
            {t('format.separator')}
            {t('search.hiddenByFilters')}
          </em>
        ) : null}
      </span>
    </div>
  )
}

/** The line under a hit's name: where an institution is, what a group is, what choosing an initiative does. */
function hitMeta(hit: SearchHit): string {
  switch (hit.type) {
    case 'institution':
      return joinParts(
        hit.matchedName && t('search.alsoKnownAs', { name: hit.matchedName }),
        t('details.locationValue', {
          city: hit.institution.city,
          country: countryName(hit.institution.country),
        }),
      )
    case 'group':
      return joinParts(
        t(`groupKind.${hit.group.kind}`),
        t('count.members', { count: hit.group.members.length }),
      )
    case 'initiative':
      return t('search.initiative')
  }
}

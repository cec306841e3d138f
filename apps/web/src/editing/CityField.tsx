import type { CountryCode, Place } from '@atlas/schema'
import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { countryName, formatNumber, joinParts } from '../i18n/format'
import { t } from '../i18n/translate'
import { useTRPC } from '../trpc'
import { Field } from './Field'
import { useDebouncedValue } from './useDebouncedValue'

/** How long typing pauses before the gazetteer is asked. */
const DEBOUNCE_MS = 250
const SUGGESTIONS = 8

interface Props {
  city: string
  /** Keeps the search to one country once it is chosen. */
  country: CountryCode | ''
  onCity(city: string): void
  /** A place picked from the gazetteer: its name, country and coordinate. */
  onPick(place: Place): void
  error: string | undefined
}

/**
 * The city, typed and looked up in the offline gazetteer (place.search): picking a place fills the city, the
 * country and a coordinate at once, which the editor then moves to the campus.
 */
export function CityField({ city, country, onCity, onPick, error }: Props) {
  const trpc = useTRPC()
  const [picked, setPicked] = useState<string | null>(null)
  const listId = useId()
  const query = useDebouncedValue(city.trim(), DEBOUNCE_MS)
  const searching = query.length >= 2 && query !== picked
  const places = useQuery(
    trpc.place.search.queryOptions(
      { q: query, ...(country ? { country } : {}), limit: SUGGESTIONS },
      { enabled: searching, staleTime: Number.POSITIVE_INFINITY },
    ),
  )
  return (
    <div className="city-field">
      <Field label={t('field.city')} error={error} hint={t('edit.cityHint')}>
        {(control) => (
          <input
            {...control}
            className="text-input"
            type="text"
            autoComplete="off"
            aria-controls={listId}
            value={city}
            onChange={(event) => {
              setPicked(null)
              onCity(event.target.value)
            }}
          />
        )}
      </Field>
      <section id={listId} aria-label={t('edit.placeSuggestions')} aria-live="polite">
        {searching && places.data ? (
          places.data.length === 0 ? (
            <p className="hint">{t('edit.noPlace', { query })}</p>
          ) : (
            <ul className="plain-list place-list">
              {places.data.map((place) => (
                <li key={place.geonameId}>
                  <button
                    type="button"
                    className="button place-option"
                    onClick={() => {
                      setPicked(place.name)
                      onPick(place)
                    }}
                  >
                    <span className="search-option-name">{place.name}</span>
                    <span className="search-option-meta">
                      {joinParts(
                        countryName(place.country),
                        t('edit.population', { population: formatNumber(place.population) }),
                      )}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )
        ) : null}
        {searching && places.isError ? (
          <p role="alert">{t('status.partFailed', { message: places.error.message })}</p>
        ) : null}
      </section>
    </div>
  )
}

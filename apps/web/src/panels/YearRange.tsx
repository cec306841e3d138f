import { useEffect, useId, useRef, useState } from 'react'
import { t } from '../i18n/translate'
import type { AtlasFilter } from '../state/atlasView'
import { nextPlayYear, type YearDomain, yearBounds } from '../state/filterEdits'
import type { UpdateOptions } from '../state/urlStore'
import { useReducedMotion } from '../state/useReducedMotion'

interface Props {
  filter: AtlasFilter
  domain: YearDomain
  onChange(filter: AtlasFilter, options?: UpdateOptions): void
}

const STEP_MS = 1000

/**
 * Two sliders for the years shown (the partnerships under way then), and Play, which lets them appear year by year. For people who
 * asked for less motion, Play becomes “Next year”, one step per press.
 */
export function YearRange({ filter, domain, onChange }: Props) {
  const id = useId()
  const reducedMotion = useReducedMotion()
  const [playing, setPlaying] = useState(false)
  const from = filter.yearFrom ?? domain.from
  const to = filter.yearTo ?? domain.to
  const full = filter.yearFrom === null && filter.yearTo === null

  // The interval reads the newest filter through a ref, so it is not restarted at every step.
  const latest = useRef({ filter, onChange })
  useEffect(() => {
    latest.current = { filter, onChange }
  })
  useEffect(() => {
    if (!playing) return
    const timer = window.setInterval(() => {
      const { filter: current, onChange: change } = latest.current
      const yearTo = current.yearTo === null ? null : nextPlayYear(current.yearTo, domain)
      change({ ...current, yearTo }, { history: 'replace' })
      if (yearTo === null) setPlaying(false)
    }, STEP_MS)
    return () => window.clearInterval(timer)
  }, [playing, domain])

  const setYears = (nextFrom: number, nextTo: number) => {
    setPlaying(false)
    onChange({ ...filter, ...yearBounds(nextFrom, nextTo, domain) }, { coalesce: 'years' })
  }

  const play = () => {
    if (filter.yearTo === null || filter.yearFrom !== null) {
      onChange({ ...filter, yearFrom: null, yearTo: domain.from })
    }
    setPlaying(true)
  }

  const step = () => {
    const yearTo = filter.yearTo === null ? domain.from : nextPlayYear(filter.yearTo, domain)
    onChange({ ...filter, yearFrom: null, yearTo }, { coalesce: 'years' })
  }

  return (
    <fieldset className="filter-group">
      <legend>{t('filters.years')}</legend>
      <p className="year-range-value" aria-hidden="true">
        {t('filters.yearRange', { from: String(from), to: String(to) })}
      </p>
      <div className="year-slider">
        <label htmlFor={`${id}-from`}>{t('filters.yearFrom')}</label>
        <input
          id={`${id}-from`}
          type="range"
          min={domain.from}
          max={domain.to}
          step={1}
          value={from}
          disabled={domain.from === domain.to}
          onChange={(event) => setYears(Number(event.target.value), to)}
        />
        <output htmlFor={`${id}-from`}>{from}</output>
      </div>
      <div className="year-slider">
        <label htmlFor={`${id}-to`}>{t('filters.yearTo')}</label>
        <input
          id={`${id}-to`}
          type="range"
          min={domain.from}
          max={domain.to}
          step={1}
          value={to}
          disabled={domain.from === domain.to}
          onChange={(event) => setYears(from, Number(event.target.value))}
        />
        <output htmlFor={`${id}-to`}>{to}</output>
      </div>
      <p className="hint">{t(full ? 'filters.undatedIncluded' : 'filters.undatedExcluded')}</p>
      {reducedMotion ? (
        <button
          type="button"
          className="button"
          onClick={step}
          title={t('filters.playHint')}
          disabled={domain.from === domain.to}
        >
          {t('filters.nextYear')}
        </button>
      ) : (
        <button
          type="button"
          className="button play"
          title={t('filters.playHint')}
          disabled={domain.from === domain.to}
          onClick={playing ? () => setPlaying(false) : play}
        >
          <span className={playing ? 'icon-pause' : 'icon-play'} aria-hidden="true" />
          {t(playing ? 'filters.pause' : 'filters.play')}
        </button>
      )}
    </fieldset>
  )
}

import { useEffect, useId, useState } from 'react'
import { t } from '../i18n/translate'
import type { MapOptions, Theme } from '../state/atlasView'

interface Props {
  theme: Theme
  options: MapOptions
  tableOpen: boolean
  onTheme(theme: Theme): void
  onOptions(options: MapOptions): void
  onToggleTable(): void
}

type CopyState = 'idle' | 'copied' | 'failed'

/** How the map draws, the table view, and sharing the current view. */
export function Toolbar({ theme, options, tableOpen, onTheme, onOptions, onToggleTable }: Props) {
  const colourLabel = useId()
  const [copy, setCopy] = useState<CopyState>('idle')
  useEffect(() => {
    if (copy === 'idle') return
    const timer = window.setTimeout(() => setCopy('idle'), 2500)
    return () => window.clearTimeout(timer)
  }, [copy])

  const copyLink = () => {
    // The clipboard is missing where the page is not a secure context (http on a host other than localhost).
    const written = navigator.clipboard
      ? navigator.clipboard.writeText(window.location.href)
      : Promise.reject(new Error('no clipboard'))
    written.then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    )
  }

  return (
    <div className="toolbar">
      <fieldset className="segmented">
        <legend id={colourLabel}>{t('toolbar.colourBy')}</legend>
        {(['initiative', 'kind'] as const).map((colourBy) => (
          <label key={colourBy} className="segment">
            <input
              type="radio"
              name={colourLabel}
              checked={options.colourBy === colourBy}
              onChange={() => onOptions({ ...options, colourBy })}
            />
            <span>
              {t(colourBy === 'initiative' ? 'toolbar.colourByInitiative' : 'toolbar.colourByKind')}
            </span>
          </label>
        ))}
      </fieldset>
      <ToggleButton
        pressed={options.pairwise}
        title={t('toolbar.pairwiseHint')}
        onClick={() => onOptions({ ...options, pairwise: !options.pairwise })}
      >
        {t('toolbar.pairwise')}
      </ToggleButton>
      <ToggleButton
        pressed={options.choropleth}
        onClick={() => onOptions({ ...options, choropleth: !options.choropleth })}
      >
        {t('toolbar.choropleth')}
      </ToggleButton>
      <ToggleButton pressed={theme === 'dark'} onClick={() => onTheme(theme === 'dark' ? 'light' : 'dark')}>
        {t('toolbar.darkTheme')}
      </ToggleButton>
      <ToggleButton pressed={tableOpen} onClick={onToggleTable}>
        {t('toolbar.table')}
      </ToggleButton>
      <button type="button" className="button" onClick={copyLink}>
        {t('toolbar.copyLink')}
      </button>
      <span className="toolbar-status" aria-live="polite">
        {copy === 'copied' ? t('toolbar.copied') : copy === 'failed' ? t('toolbar.copyFailed') : ''}
      </span>
    </div>
  )
}

function ToggleButton({
  pressed,
  title,
  onClick,
  children,
}: {
  pressed: boolean
  title?: string
  onClick(): void
  children: string
}) {
  return (
    <button type="button" className="button toggle" aria-pressed={pressed} title={title} onClick={onClick}>
      <span className="toggle-light" aria-hidden="true" />
      {children}
    </button>
  )
}

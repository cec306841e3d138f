import { useId } from 'react'
import { AccountTools } from '../editing/AccountTools'
import { t } from '../i18n/translate'
import { ImportButton } from '../importing/ImportButton'
import type { MapOptions, Theme } from '../state/atlasView'
import { LanguageSwitcher } from './LanguageSwitcher'

interface Props {
  /** For a menu button that shows and hides the toolbar (ToolbarMenu) to name it. */
  id?: string
  theme: Theme
  options: MapOptions
  tableOpen: boolean
  onTheme(theme: Theme): void
  onOptions(options: MapOptions): void
  onToggleTable(): void
  /** Opens the guided tours. */
  onTours(): void
  /** Opens the share dialog: link, QR code, image, data and embed code. */
  onShare(): void
  /** Wraps an action that opens something else, so that the folded toolbar closes first (ToolbarMenu). */
  closingMenu?(action: () => void): () => void
}

const asIs = (action: () => void) => action

/** How the map draws, the table view, the guided tours and sharing the current view. */
export function Toolbar({
  id,
  theme,
  options,
  tableOpen,
  onTheme,
  onOptions,
  onToggleTable,
  onTours,
  onShare,
  closingMenu = asIs,
}: Props) {
  const colourLabel = useId()
  const optionToggle = (flag: 'pairwise' | 'choropleth' | 'projector', label: string, hint?: string) => (
    <ToggleButton
      pressed={options[flag]}
      title={hint}
      onClick={() => onOptions({ ...options, [flag]: !options[flag] })}
    >
      {label}
    </ToggleButton>
  )

  return (
    <div id={id} className="toolbar">
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
      {optionToggle('pairwise', t('toolbar.pairwise'), t('toolbar.pairwiseHint'))}
      {optionToggle('choropleth', t('toolbar.choropleth'))}
      <ToggleButton pressed={theme === 'dark'} onClick={() => onTheme(theme === 'dark' ? 'light' : 'dark')}>
        {t('toolbar.darkTheme')}
      </ToggleButton>
      {optionToggle('projector', t('toolbar.projector'), t('toolbar.projectorHint'))}
      <ToggleButton pressed={tableOpen} onClick={onToggleTable}>
        {t('toolbar.table')}
      </ToggleButton>
      <button type="button" className="button" aria-haspopup="dialog" onClick={onTours}>
        {t('toolbar.tours')}
      </button>
      <button type="button" className="button button-primary" aria-haspopup="dialog" onClick={onShare}>
        {t('share.open')}
      </button>
      <LanguageSwitcher />
      <ImportButton closingMenu={closingMenu} />
      <AccountTools closingMenu={closingMenu} />
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

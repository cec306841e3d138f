import type { Initiative } from '@atlas/schema'
import { t } from '../i18n/translate'
import { Swatch } from '../panels/Swatch'

interface Props {
  initiatives: readonly Initiative[]
  chosen: readonly string[]
  onChange(ids: string[]): void
  error: string | undefined
}

/** The initiatives a partnership or a group belongs to, ticked from those of the atlas, each with its colour. */
export function InitiativeChoices({ initiatives, chosen, onChange, error }: Props) {
  return (
    <fieldset className="edit-fieldset">
      <legend>{t('field.initiatives')}</legend>
      <div className="choice-list">
        {initiatives.map((initiative) => (
          <label key={initiative.id} className="choice">
            <input
              type="checkbox"
              checked={chosen.includes(initiative.id)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...chosen, initiative.id]
                    : chosen.filter((id) => id !== initiative.id),
                )
              }
            />
            <Swatch colour={initiative.colour} />
            <span className="choice-name">{initiative.name}</span>
          </label>
        ))}
      </div>
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  )
}

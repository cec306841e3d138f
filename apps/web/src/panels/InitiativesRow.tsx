import type { Initiative } from '@atlas/schema'
import { localized } from '../i18n/localized'
import { t } from '../i18n/translate'
import { Localized } from './Localized'
import { Swatch } from './Swatch'

/** The details' row naming initiatives, each with its colour on the map. */
export function InitiativesRow({
  initiatives,
}: {
  initiatives: readonly Pick<Initiative, 'id' | 'name' | 'colour'>[]
}) {
  return (
    <div className="facts-row">
      <dt>{t('details.initiatives')}</dt>
      <dd>
        <ul className="plain-list">
          {initiatives.map((initiative) => (
            <li key={initiative.id} className="initiative-tag">
              <Swatch colour={initiative.colour} />
              <Localized named={localized(initiative, 'name')} />
            </li>
          ))}
        </ul>
      </dd>
    </div>
  )
}

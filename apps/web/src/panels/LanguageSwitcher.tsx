import { useId } from 'react'
import { LOCALE_IDS, LOCALES, type LocaleId } from '../i18n/locales'
import { localeId, t } from '../i18n/translate'
import { withLocale } from '../i18n/withLocale'

/**
 * The interface language, each listed in its own language. Choosing one opens the same view in it: the URL keeps
 * `lang`, so that a link shared from here opens in the language it was shared in.
 */
export function LanguageSwitcher() {
  const id = useId()
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {t('toolbar.language')}
      </label>
      <select
        id={id}
        className="button"
        value={localeId}
        onChange={(event) =>
          window.location.assign(withLocale(window.location.href, event.target.value as LocaleId))
        }
      >
        {LOCALE_IDS.map((locale) => (
          <option key={locale} value={locale} lang={LOCALES[locale].intl}>
            {LOCALES[locale].name}
          </option>
        ))}
      </select>
    </>
  )
}

import { CONTENT_LOCALES, type ContentLocale, type Translations } from '@atlas/schema'
import { LOCALES } from '../i18n/locales'
import { t } from '../i18n/translate'
import { TextAreaField, TextField } from './Field'
import type { FormErrors } from './fieldErrors'
import { fieldLabel } from './fieldLabels'
import { type TranslatedFields, translationKey, withTranslation } from './translationDraft'

interface Props<Field extends string> {
  /** The fields the record translates, each written as its original is; every one of them, no other. */
  fields: TranslatedFields<NoInfer<Field>>
  value: Translations<Field> | undefined
  onChange(translations: Translations<Field>): void
  errors: FormErrors['fields']
  /** Where the translations sit in the record, for their errors' keys: `stops.2.` for a stop's. */
  at?: string
}

/**
 * A record's translations, folded away under the English fields: for each content language, headed by its own
 * name, an input per translated field marked with the language it is written in. It opens by itself when the
 * schema or the server complains about one of them.
 */
export function TranslationFields<Field extends string>({
  fields,
  value,
  onChange,
  errors,
  at,
}: Props<Field>) {
  const names = Object.keys(fields) as Field[]
  const error = (locale: ContentLocale, field: Field) => errors[translationKey(locale, field, at)]
  const complained = CONTENT_LOCALES.some((locale) => names.some((field) => error(locale, field)))
  return (
    <details className="edit-translations" open={complained}>
      <summary>{t('edit.translations.heading')}</summary>
      <p className="hint">{t('edit.translations.hint')}</p>
      {CONTENT_LOCALES.map((locale) => {
        const language = LOCALES[locale].name
        return (
          <fieldset key={locale} className="edit-fieldset">
            <legend lang={locale}>{language}</legend>
            {names.map((field) => {
              const Input = fields[field] === 'line' ? TextField : TextAreaField
              return (
                <Input
                  key={field}
                  lang={locale}
                  label={t('edit.translations.field', { field: fieldLabel(field), language })}
                  value={value?.[locale]?.[field] ?? ''}
                  onChange={(text) => onChange(withTranslation(value, locale, field, text))}
                  error={error(locale, field)}
                />
              )
            })}
          </fieldset>
        )
      })}
    </details>
  )
}

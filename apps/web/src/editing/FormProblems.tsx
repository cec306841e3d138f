import { t } from '../i18n/translate'
import type { FormErrors } from './fieldErrors'

/**
 * What is wrong that no field shows (a refusal without a field, a complaint about a field the form lacks), and a
 * line saying that fields are marked: announced as it appears, so that a failed save is never silent.
 */
export function FormProblems({ errors }: { errors: FormErrors }) {
  const marked = Object.keys(errors.fields).length > 0
  return (
    <div role="alert" className="form-problems">
      {marked ? <p className="field-error">{t('edit.fixFields')}</p> : null}
      {errors.other.map((message) => (
        <p key={message} className="field-error">
          {message}
        </p>
      ))}
    </div>
  )
}

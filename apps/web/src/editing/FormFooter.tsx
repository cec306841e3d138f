import type { ReactNode } from 'react'
import { FormProblems } from './FormProblems'
import type { FormErrors } from './fieldErrors'

interface Props {
  errors: FormErrors
  /** The words of the button that sends the form ("Save", "Sign in"). */
  submit: string
  /** While the request runs the button waits, so that a second press does not send it twice. */
  pending: boolean
  /** The buttons beside it (Cancel). */
  children?: ReactNode
}

/** The foot of every form: what is wrong with it, then the button that sends it, so that each reads alike. */
export function FormFooter({ errors, submit, pending, children }: Props) {
  return (
    <>
      <FormProblems errors={errors} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {submit}
        </button>
        {children}
      </div>
    </>
  )
}

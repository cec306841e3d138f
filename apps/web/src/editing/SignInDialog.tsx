import { signInSchema } from '@atlas/schema'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { t } from '../i18n/translate'
import { Dialog } from '../panels/Dialog'
import { useTRPC } from '../trpc'
import { showRefusal } from './editFailure'
import { PasswordField, TextField } from './Field'
import { FormFooter } from './FormFooter'
import { type FormErrors, NO_ERRORS, placeComplaints } from './fieldErrors'

const FIELDS = ['email', 'password']

interface Props {
  open: boolean
  onClose(): void
  onSignedIn(): void
}

/** Email and password; a refusal says what the server says (a wrong password, too many tries). */
export function SignInDialog({ open, onClose, onSignedIn }: Props) {
  return (
    <Dialog open={open} onClose={onClose} heading={t('account.signInHeading')} className="edit-dialog">
      <SignInForm
        onSignedIn={() => {
          onSignedIn()
          onClose()
        }}
      />
    </Dialog>
  )
}

function SignInForm({ onSignedIn }: { onSignedIn(): void }) {
  const trpc = useTRPC()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS)
  const signIn = useMutation(trpc.auth.signIn.mutationOptions())

  return (
    <form
      className="edit-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        const parsed = signInSchema.safeParse({ email, password })
        if (!parsed.success) return setErrors(placeComplaints(parsed.error.issues, FIELDS))
        setErrors(NO_ERRORS)
        signIn.mutate(parsed.data, {
          onSuccess: onSignedIn,
          onError: showRefusal(FIELDS, setErrors),
        })
      }}
    >
      <TextField
        label={t('account.email')}
        type="email"
        autoComplete="username"
        value={email}
        onChange={setEmail}
        error={errors.fields.email}
      />
      <PasswordField
        label={t('account.password')}
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={errors.fields.password}
      />
      <FormFooter errors={errors} submit={t('account.signIn')} pending={signIn.isPending} />
    </form>
  )
}

import { redeemSchema } from '@atlas/schema'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { t } from '../i18n/translate'
import { Dialog } from '../panels/Dialog'
import { useTRPC } from '../trpc'
import { showRefusal } from './editFailure'
import { PasswordField } from './Field'
import { FormFooter } from './FormFooter'
import { type FormErrors, NO_ERRORS, placeComplaints } from './fieldErrors'

const FIELDS = ['password', 'repeated']

interface Props {
  /** The one-time link's token; the dialog is open while there is one. */
  token: string | null
  onClose(): void
  onSignedIn(): void
}

/**
 * Opened by a one-time sign-in link (an invitation, a reset, the first admin's): its holder chooses a password and
 * is signed in. Typed twice, since a mistyped password would lock them out until an admin sends a new link.
 */
export function ChoosePasswordDialog({ token, onClose, onSignedIn }: Props) {
  return (
    <Dialog
      open={token !== null}
      onClose={onClose}
      heading={t('account.choosePassword')}
      className="edit-dialog"
    >
      {token !== null ? (
        <ChoosePasswordForm
          token={token}
          onSignedIn={() => {
            onSignedIn()
            onClose()
          }}
        />
      ) : null}
    </Dialog>
  )
}

function ChoosePasswordForm({ token, onSignedIn }: { token: string; onSignedIn(): void }) {
  const trpc = useTRPC()
  const [password, setPassword] = useState('')
  const [repeated, setRepeated] = useState('')
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS)
  const redeem = useMutation(trpc.auth.redeem.mutationOptions())

  return (
    <form
      className="edit-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        const parsed = redeemSchema.safeParse({ token, password })
        if (!parsed.success) return setErrors(placeComplaints(parsed.error.issues, FIELDS))
        if (repeated !== password) {
          return setErrors({ fields: { repeated: t('account.passwordsDiffer') }, other: [] })
        }
        setErrors(NO_ERRORS)
        redeem.mutate(parsed.data, {
          onSuccess: onSignedIn,
          onError: showRefusal(FIELDS, setErrors),
        })
      }}
    >
      <p className="hint">{t('account.choosePasswordHint')}</p>
      <PasswordField
        label={t('account.newPassword')}
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
        error={errors.fields.password}
      />
      <PasswordField
        label={t('account.repeatPassword')}
        autoComplete="new-password"
        value={repeated}
        onChange={setRepeated}
        error={errors.fields.repeated}
      />
      <FormFooter errors={errors} submit={t('account.savePassword')} pending={redeem.isPending} />
    </form>
  )
}

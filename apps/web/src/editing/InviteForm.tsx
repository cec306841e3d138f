import { inviteSchema, USER_ROLES, type UserRole } from '@atlas/schema'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { t } from '../i18n/translate'
import { useTRPC } from '../trpc'
import { showRefusal } from './editFailure'
import { SelectField, TextField } from './Field'
import { FormFooter } from './FormFooter'
import { type FormErrors, NO_ERRORS, placeComplaints } from './fieldErrors'
import { SignInLinkField } from './SignInLinkField'
import { signInUrl } from './signInLink'

const FIELDS = ['email', 'name', 'role']

/** A new editor or admin: the answer is a one-time link the admin copies and sends, by whatever means they use. */
export function InviteForm() {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const [email, setEmail] = useState('')
  const [name, setName] = useState('')
  const [role, setRole] = useState<UserRole>('editor')
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS)
  const [link, setLink] = useState<string | null>(null)
  const invite = useMutation(trpc.user.invite.mutationOptions())

  return (
    <form
      className="edit-form invite-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        const parsed = inviteSchema.safeParse({ email, name: name.trim() || null, role })
        if (!parsed.success) return setErrors(placeComplaints(parsed.error.issues, FIELDS))
        setErrors(NO_ERRORS)
        invite.mutate(parsed.data, {
          onSuccess: ({ token }) => {
            setLink(signInUrl(token))
            setEmail('')
            setName('')
            void queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() })
          },
          onError: showRefusal(FIELDS, setErrors),
        })
      }}
    >
      <h3>{t('editors.invite')}</h3>
      <TextField
        label={t('account.email')}
        type="email"
        value={email}
        onChange={setEmail}
        error={errors.fields.email}
      />
      <TextField label={t('editors.name')} value={name} onChange={setName} error={errors.fields.name} />
      <SelectField<UserRole>
        label={t('editors.role')}
        value={role}
        options={USER_ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
        onChange={setRole}
        error={errors.fields.role}
      />
      <FormFooter errors={errors} submit={t('editors.sendInvite')} pending={invite.isPending} />
      {link ? <SignInLinkField url={link} /> : null}
    </form>
  )
}

import { type Account, USER_ROLES, type User } from '@atlas/schema'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { t } from '../i18n/translate'
import { Dialog } from '../panels/Dialog'
import { useTRPC } from '../trpc'
import { showRefusal } from './editFailure'
import { FormProblems } from './FormProblems'
import { type FormErrors, NO_ERRORS } from './fieldErrors'
import { InviteForm } from './InviteForm'
import { Loaded } from './Loaded'
import { SignInLinkField } from './SignInLinkField'
import { signInUrl } from './signInLink'

interface Props {
  open: boolean
  onClose(): void
  /** The admin using it, who is told apart in the list. */
  account: Account
}

/** The admin's view of the accounts: each one's role and whether it may sign in, and the invitation of new ones. */
export function EditorsDialog({ open, onClose, account }: Props) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      heading={t('editors.heading')}
      className="edit-dialog editors-dialog"
    >
      <div className="edit-form">
        <EditorList account={account} />
        <InviteForm />
      </div>
    </Dialog>
  )
}

function EditorList({ account }: { account: Account }) {
  const trpc = useTRPC()
  const users = useQuery(trpc.user.list.queryOptions())
  return (
    <Loaded query={users}>
      {(list) => (
        <table className="editors-table">
          <caption className="visually-hidden">{t('editors.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('editors.person')}</th>
              <th scope="col">{t('editors.role')}</th>
              <th scope="col">{t('editors.access')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((user) => (
              <EditorRow key={user.id} user={user} isYou={user.id === account.id} />
            ))}
          </tbody>
        </table>
      )}
    </Loaded>
  )
}

function EditorRow({ user, isYou }: { user: User; isYou: boolean }) {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS)
  const [link, setLink] = useState<string | null>(null)
  const onError = showRefusal([], setErrors)
  const update = useMutation(
    trpc.user.update.mutationOptions({
      onSuccess: () => {
        setErrors(NO_ERRORS)
        return queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() })
      },
      onError,
    }),
  )
  const newLink = useMutation(
    trpc.user.signInLink.mutationOptions({
      onSuccess: ({ token }) => setLink(signInUrl(token)),
      onError,
    }),
  )
  const name = user.name ? `${user.name} <${user.email}>` : user.email
  return (
    <tr>
      <th scope="row">
        {name}
        {isYou ? <span className="partnership-meta">{t('editors.you')}</span> : null}
        {!user.hasPassword ? <span className="partnership-meta">{t('editors.noPassword')}</span> : null}
        {link ? <SignInLinkField url={link} /> : null}
        <FormProblems errors={errors} />
      </th>
      <td>
        <select
          className="text-input"
          aria-label={t('editors.roleOf', { name: user.email })}
          value={user.role}
          disabled={update.isPending}
          onChange={(event) => {
            const role = USER_ROLES.find((candidate) => candidate === event.target.value)
            if (role) update.mutate({ userId: user.id, role })
          }}
        >
          {USER_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <label className="choice">
          <input
            type="checkbox"
            checked={user.disabled}
            disabled={update.isPending}
            onChange={(event) => update.mutate({ userId: user.id, disabled: event.target.checked })}
          />
          <span>{t('editors.disabled')}</span>
        </label>
        <button
          type="button"
          className="link-button small"
          disabled={newLink.isPending}
          onClick={() => newLink.mutate({ userId: user.id })}
        >
          {t('editors.newLink')}
        </button>
      </td>
    </tr>
  )
}

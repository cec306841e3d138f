import { t } from '../i18n/translate'
import { AccountMenu } from './AccountMenu'
import { useEditing } from './EditingContext'

interface Props {
  /** Wraps an action that opens something else, so that a folded toolbar (ToolbarMenu) closes first. */
  closingMenu(action: () => void): () => void
}

/**
 * The toolbar's end: "Sign in" for a visitor; for an editor "Add institution" and their account's menu, which
 * opens on the rest of what they add (groups, initiatives).
 */
export function AccountTools({ closingMenu }: Props) {
  const editing = useEditing()
  if (!editing) return null
  const { account } = editing
  if (!account) {
    return (
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={closingMenu(editing.openSignIn)}
      >
        {t('account.signIn')}
      </button>
    )
  }
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={closingMenu(() => editing.edit({ form: 'institution', id: null }))}
      >
        {t('edit.addInstitution')}
      </button>
      <AccountMenu
        account={account}
        onEditors={account.role === 'admin' ? closingMenu(editing.openEditors) : undefined}
        onRecentChanges={closingMenu(editing.openRecentChanges)}
        onAddGroup={closingMenu(() => editing.edit({ form: 'group', id: null }))}
        onInitiatives={closingMenu(() => editing.edit({ form: 'initiatives' }))}
        onSignOut={closingMenu(editing.signOut)}
      />
    </>
  )
}

import type { Account } from '@atlas/schema'
import { useEffect, useRef } from 'react'
import { t } from '../i18n/translate'

interface Props {
  account: Account
  /** Opens the admin's dialog of accounts, or undefined for an editor. */
  onEditors: (() => void) | undefined
  /** Opens the latest changes to any record. */
  onRecentChanges(): void
  /** Opens the form of a new group. */
  onAddGroup(): void
  /** Opens the list of initiatives to change or add one. */
  onInitiatives(): void
  onSignOut(): void
}

/**
 * The signed-in person's address, opening on what is edited less often than institutions ("Add group",
 * "Initiatives…"), "Recent changes…", "Sign out" and, for an admin, "Editors…". A <details> disclosure, so
 * that it opens by keyboard as it is; Escape, a tap outside or the focus leaving closes it.
 */
export function AccountMenu({
  account,
  onEditors,
  onRecentChanges,
  onAddGroup,
  onInitiatives,
  onSignOut,
}: Props) {
  const menu = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    const element = menu.current
    if (!element) return
    const closeIfOutside = (event: Event) => {
      if (element.open && event.target instanceof Node && !element.contains(event.target))
        element.open = false
    }
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !element.open) return
      element.open = false
      element.querySelector('summary')?.focus()
    }
    document.addEventListener('pointerdown', closeIfOutside)
    document.addEventListener('focusin', closeIfOutside)
    element.addEventListener('keydown', closeOnEscape)
    return () => {
      document.removeEventListener('pointerdown', closeIfOutside)
      document.removeEventListener('focusin', closeIfOutside)
      element.removeEventListener('keydown', closeOnEscape)
    }
  }, [])
  const closeThen = (action: () => void) => () => {
    if (menu.current) menu.current.open = false
    action()
  }
  return (
    <details ref={menu} className="account-menu">
      <summary className="button">{t('account.menu', { email: account.email })}</summary>
      <div className="account-menu-body">
        <p className="hint">{t(`role.${account.role}`)}</p>
        <button type="button" className="button" onClick={closeThen(onAddGroup)}>
          {t('edit.addGroup')}
        </button>
        <button type="button" className="button" onClick={closeThen(onInitiatives)}>
          {t('edit.initiatives')}
        </button>
        {onEditors ? (
          <button type="button" className="button" aria-haspopup="dialog" onClick={closeThen(onEditors)}>
            {t('editors.open')}
          </button>
        ) : null}
        <button type="button" className="button" aria-haspopup="dialog" onClick={closeThen(onRecentChanges)}>
          {t('recent.open')}
        </button>
        <button type="button" className="button" onClick={closeThen(onSignOut)}>
          {t('account.signOut')}
        </button>
      </div>
    </details>
  )
}

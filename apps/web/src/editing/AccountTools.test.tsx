// @vitest-environment happy-dom
import type { Account } from '@atlas/schema'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { fakeEditing } from '../testing/fakeEditing'
import { renderWithUser } from '../testing/renderWithUser'
import { AccountTools } from './AccountTools'
import { type Editing, EditingContext } from './EditingContext'

const asIs = (action: () => void) => action

const editing = (account: Account | null): Editing => fakeEditing({ account })

const render = (value: Editing) =>
  renderWithUser(
    <EditingContext value={value}>
      <AccountTools closingMenu={asIs} />
    </EditingContext>,
  )

describe('AccountTools', () => {
  it('offers a visitor only to sign in', async () => {
    const visitor = editing(null)
    const { user } = render(visitor)
    expect(screen.queryByRole('button', { name: 'Add institution' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(visitor.openSignIn).toHaveBeenCalled()
  })

  it('gives an editor the new institution and a menu to sign out, without the accounts', async () => {
    const editor = editing({ id: 'u1', email: 'ed@example.org', name: null, role: 'editor' })
    const { user } = render(editor)
    await user.click(screen.getByRole('button', { name: 'Add institution' }))
    expect(editor.edit).toHaveBeenCalledWith({ form: 'institution', id: null })
    await user.click(screen.getByText('Account: ed@example.org'))
    expect(screen.queryByRole('button', { name: 'Editors…' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    expect(editor.signOut).toHaveBeenCalled()
  })

  it('gives an admin the accounts too', async () => {
    const admin = editing({ id: 'u2', email: 'ad@example.org', name: null, role: 'admin' })
    const { user } = render(admin)
    await user.click(screen.getByText('Account: ad@example.org'))
    await user.click(screen.getByRole('button', { name: 'Editors…' }))
    expect(admin.openEditors).toHaveBeenCalled()
  })

  it('opens a new group and the initiatives from an editor’s menu', async () => {
    const editor = editing({ id: 'u1', email: 'ed@example.org', name: null, role: 'editor' })
    const { user } = render(editor)
    await user.click(screen.getByText('Account: ed@example.org'))
    await user.click(screen.getByRole('button', { name: 'Add group' }))
    expect(editor.edit).toHaveBeenCalledWith({ form: 'group', id: null })
    await user.click(screen.getByText('Account: ed@example.org'))
    await user.click(screen.getByRole('button', { name: 'Initiatives…' }))
    expect(editor.edit).toHaveBeenCalledWith({ form: 'initiatives' })
  })
})

// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderWithUser } from '../testing/renderWithUser'
import { ConflictNotice } from './ConflictNotice'

describe('ConflictNotice', () => {
  it('shows their values beside these, and lets the editor choose', async () => {
    const onUseTheirs = vi.fn()
    const onKeepMine = vi.fn()
    const { user } = renderWithUser(
      <ConflictNotice
        mine={{ id: 'x', name: 'Mine', city: 'Lusaka' }}
        theirs={{ id: 'x', name: 'Theirs', city: 'Lusaka' }}
        onUseTheirs={onUseTheirs}
        onKeepMine={onKeepMine}
      />,
    )
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('Someone else saved this record since you opened it.')
    const row = within(alert).getByRole('row', { name: /Name/ })
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Mine', 'Theirs'])
    expect(within(alert).queryByRole('row', { name: /City/ })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Use their version' }))
    expect(onUseTheirs).toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'Keep mine, and save it over theirs' }))
    expect(onKeepMine).toHaveBeenCalled()
  })
})

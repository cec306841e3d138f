// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { type Editing, EditingContext } from '../editing/EditingContext'
import { EDITOR_ACCOUNT, fakeEditing } from '../testing/fakeEditing'
import { renderWithUser } from '../testing/renderWithUser'
import { TourMenu } from './TourMenu'

vi.mock('../trpc', () => ({
  useTRPC: () => ({
    tour: {
      list: {
        queryOptions: () => ({
          queryKey: ['tour', 'list'],
          queryFn: async () => [
            {
              id: 'belt-and-road',
              title: 'Belt and Road',
              description: 'Partnerships along the routes',
              initiativeId: null,
              sourceIds: ['a-source'],
              stopCount: 3,
            },
          ],
        }),
      },
    },
  }),
}))

const editing = (signedIn: boolean): Editing => fakeEditing({ account: signedIn ? EDITOR_ACCOUNT : null })

const render = (value: Editing, onClose: () => void) =>
  renderWithUser(
    <QueryClientProvider client={new QueryClient()}>
      <EditingContext value={value}>
        <TourMenu onStart={vi.fn()} onClose={onClose} />
      </EditingContext>
    </QueryClientProvider>,
  )

describe('TourMenu', () => {
  it('offers a visitor the tours to present, and nothing to edit', async () => {
    render(editing(false), vi.fn())
    await screen.findByRole('heading', { name: 'Belt and Road' })
    expect(screen.queryByRole('button', { name: 'Edit “Belt and Road”' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'New tour from this map' })).toBeNull()
  })

  it('lets an editor change a tour or write one from the map, closing the menu for the form', async () => {
    const editor = editing(true)
    const onClose = vi.fn()
    const { user } = render(editor, onClose)
    await user.click(await screen.findByRole('button', { name: 'Edit “Belt and Road”' }))
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(editor.edit).toHaveBeenCalledWith({ form: 'tour', id: 'belt-and-road' })
    await user.click(screen.getByRole('button', { name: 'New tour from this map' }))
    expect(editor.edit).toHaveBeenCalledWith({ form: 'tour', id: null })
  })
})

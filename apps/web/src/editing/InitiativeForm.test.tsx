// @vitest-environment happy-dom
import type { Initiative, InitiativeWithCounts } from '@atlas/schema'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderWithUser } from '../testing/renderWithUser'
import { type Editing, EditingContext } from './EditingContext'
import { InitiativeFields } from './InitiativeForm'

const api = vi.hoisted(() => ({
  update: vi.fn(async ({ record }: { record: { id: string } }) => ({ id: record.id })),
  create: vi.fn(async ({ record }: { record: { id: string } }) => ({ id: record.id })),
}))

vi.mock('../trpc', () => ({
  trpcClient: { initiative: { update: { mutate: api.update }, create: { mutate: api.create } } },
  useTRPC: () => ({
    source: {
      list: {
        queryOptions: () => ({
          queryKey: ['source', 'list'],
          queryFn: async () => [{ id: 'a-source', title: 'A source' }],
        }),
      },
    },
  }),
}))

const counts = { institutions: 0, links: 0, groups: 0 }
const belt: Initiative = {
  id: 'belt-and-road',
  name: 'Belt and Road',
  colour: '#cc3333',
  description: 'Cooperation along the routes',
  parentId: null,
  sourceIds: ['a-source'],
}
const consortium: Initiative = { ...belt, id: 'consortium', name: 'Consortium', parentId: 'belt-and-road' }
const initiatives: InitiativeWithCounts[] = [belt, consortium].map((initiative) => ({
  ...initiative,
  counts,
}))

function editor(): Editing {
  return {
    account: { id: 'u1', email: 'ed@example.org', name: null, role: 'editor' },
    openSignIn: vi.fn(),
    openEditors: vi.fn(),
    openRecentChanges: vi.fn(),
    signOut: vi.fn(),
    target: null,
    edit: vi.fn(),
    finish: vi.fn(),
    refresh: vi.fn(async () => undefined),
    map: null,
    flyTo: vi.fn(),
    data: { institutions: [], links: [], groups: [], initiatives },
  }
}

const render = (editing: Editing, initial: Initiative, version: number | null) =>
  renderWithUser(
    <QueryClientProvider client={new QueryClient()}>
      <EditingContext value={editing}>
        <InitiativeFields initial={initial} version={version} />
      </EditingContext>
    </QueryClientProvider>,
  )

describe('InitiativeFields', () => {
  it('saves a changed name over the version it read, then returns to the list', async () => {
    const editing = editor()
    const { user } = render(editing, belt, 3)
    const name = screen.getByLabelText('Name')
    await user.clear(name)
    await user.type(name, 'Belt and Road Initiative')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(api.update).toHaveBeenCalledWith({
      version: 3,
      record: { ...belt, name: 'Belt and Road Initiative' },
    })
    expect(editing.refresh).toHaveBeenCalled()
    expect(editing.edit).toHaveBeenCalledWith({ form: 'initiatives' })
  })

  it('offers as parent none of the initiatives that are part of it', () => {
    render(editor(), belt, 3)
    const parent = screen.getByLabelText('Part of')
    expect([...parent.querySelectorAll('option')].map((option) => option.textContent)).toEqual([
      'None: a top-level initiative',
    ])
  })

  it('shows the shared schema’s complaints beside the fields, and sends nothing', async () => {
    api.create.mockClear()
    const { user } = render(editor(), { ...belt, id: '', name: '', description: '', sourceIds: [] }, null)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(api.create).not.toHaveBeenCalled()
    const name = screen.getByLabelText('Name')
    expect(name.getAttribute('aria-invalid')).toBe('true')
    const described = document.getElementById(name.getAttribute('aria-describedby') ?? '')
    expect(described?.className).toBe('field-error')
    expect(screen.getByRole('group', { name: 'Sources' }).querySelector('.field-error')).not.toBeNull()
    expect(screen.getByRole('alert').textContent).toContain('Some fields need attention')
  })
})

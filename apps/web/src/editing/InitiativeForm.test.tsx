// @vitest-environment happy-dom
import type { Initiative, InitiativeWithCounts } from '@atlas/schema'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { screen, within } from '@testing-library/react'
import { TRPCClientError } from '@trpc/client'
import { describe, expect, it, vi } from 'vitest'
import { fakeEditing } from '../testing/fakeEditing'
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

const editor = (): Editing => fakeEditing({ data: { institutions: [], links: [], groups: [], initiatives } })

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

describe('InitiativeFields’ translations', () => {
  const translated: Initiative = {
    ...belt,
    translations: { zh: { name: '一带一路', description: '沿线合作' }, pl: { name: 'Pas i Szlak' } },
  }
  const polishName = () =>
    within(screen.getByRole('group', { name: 'Polski' })).getByLabelText('Name (Polski)')

  it('shows the translations the initiative has, each in its language’s own name and marked with it', async () => {
    const { user } = render(editor(), translated, 3)
    await user.click(screen.getByText('Translations'))
    expect(polishName()).toHaveProperty('value', 'Pas i Szlak')
    expect(polishName().getAttribute('lang')).toBe('pl')
    const chinese = within(screen.getByRole('group', { name: '简体中文' }))
    expect(chinese.getByLabelText('Description (简体中文)')).toHaveProperty('value', '沿线合作')
    expect(chinese.getByLabelText('Description (简体中文)').getAttribute('lang')).toBe('zh')
    expect(screen.getByLabelText('Name (Español)')).toHaveProperty('value', '')
  })

  it('sends a Polish name typed in as translations.pl.name', async () => {
    api.update.mockClear()
    const { user } = render(editor(), belt, 3)
    await user.click(screen.getByText('Translations'))
    await user.type(polishName(), 'Inicjatywa Pasa i Szlaku')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(api.update).toHaveBeenCalledWith({
      version: 3,
      record: { ...belt, translations: { pl: { name: 'Inicjatywa Pasa i Szlaku' } } },
    })
  })

  it('sends no Polish translation once its name is cleared, the others as they were', async () => {
    api.update.mockClear()
    const { user } = render(editor(), translated, 3)
    await user.click(screen.getByText('Translations'))
    await user.clear(polishName())
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(api.update).toHaveBeenCalledWith({
      version: 3,
      record: { ...belt, translations: { zh: translated.translations?.zh } },
    })
  })

  it('sends the translations unchanged when the form saves without touching them', async () => {
    api.update.mockClear()
    const { user } = render(editor(), translated, 3)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(api.update).toHaveBeenCalledWith({ version: 3, record: translated })
  })

  it('shows the server’s complaint about a translation beside it, opening the translations', async () => {
    api.update.mockRejectedValueOnce(
      TRPCClientError.from({
        error: {
          message: 'record.translations.pl.name: Too big: expected string to have <=200 characters',
          code: -32600,
          data: { code: 'BAD_REQUEST', httpStatus: 400 },
        },
      }),
    )
    const { user } = render(editor(), translated, 3)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const name = polishName()
    expect(name.getAttribute('aria-invalid')).toBe('true')
    const described = document.getElementById(name.getAttribute('aria-describedby') ?? '')
    expect(described?.textContent).toBe('Too big: expected string to have <=200 characters')
    expect(name.closest('details')?.open).toBe(true)
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBeNull()
  })
})

// @vitest-environment happy-dom
import { NO_FILTER, type Tour } from '@atlas/schema'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { fakeEditing } from '../testing/fakeEditing'
import { renderWithUser } from '../testing/renderWithUser'
import { type Editing, EditingContext } from './EditingContext'
import { TourForm } from './TourForm'

const api = vi.hoisted(() => ({
  update: vi.fn(async ({ record }: { record: { id: string } }) => ({ id: record.id })),
  record: { current: null as unknown },
}))

vi.mock('../trpc', () => ({
  trpcClient: { tour: { update: { mutate: api.update } } },
  useTRPC: () => ({
    tour: {
      record: {
        queryOptions: () => ({ queryKey: ['tour', 'record'], queryFn: async () => api.record.current }),
      },
    },
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

const stop = {
  title: 'Warsaw',
  caption: 'Where it began',
  view: { lon: 21, lat: 52, zoom: 5, bearing: 0, pitch: 0 },
  filter: NO_FILTER,
  selection: null,
}
const tour: Tour = {
  id: 'a-tour',
  title: 'A tour',
  description: 'What it tells',
  initiativeId: null,
  sourceIds: ['a-source'],
  translations: { es: { title: 'Un recorrido' } },
  stops: [
    { ...stop, translations: { pl: { title: 'Warszawa' } } },
    { ...stop, title: 'Beijing', caption: 'Where it went' },
  ],
}

const editor = (): Editing =>
  fakeEditing({ data: { institutions: [], links: [], groups: [], initiatives: [] } })

async function renderTour() {
  api.record.current = { record: tour, version: 2 }
  const rendered = renderWithUser(
    <QueryClientProvider client={new QueryClient()}>
      <EditingContext value={editor()}>
        <TourForm id="a-tour" />
      </EditingContext>
    </QueryClientProvider>,
  )
  await screen.findByRole('form')
  return rendered
}

const stopGroup = (number: number) => within(screen.getByRole('group', { name: `Stop ${number}` }))

describe('TourForm’s translations', () => {
  it('shows the tour’s and each stop’s translations, and saves a stop’s caption written in Polish', async () => {
    api.update.mockClear()
    const { user } = await renderTour()
    // The tour's own translations come first, above its stops'.
    const [tourTitle, ...stopTitles] = screen.getAllByLabelText('Title (Español)')
    expect(tourTitle).toHaveProperty('value', 'Un recorrido')
    expect(stopTitles).toHaveLength(2)
    expect(stopGroup(1).getByLabelText('Title (Polski)')).toHaveProperty('value', 'Warszawa')
    await user.type(stopGroup(2).getByLabelText('Caption (Polski)'), 'Dokąd dotarło')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(api.update).toHaveBeenCalledWith({
      version: 2,
      record: {
        ...tour,
        stops: [tour.stops[0], { ...tour.stops[1], translations: { pl: { caption: 'Dokąd dotarło' } } }],
      },
    })
  })

  it('sends the translations unchanged when the form saves without touching them', async () => {
    api.update.mockClear()
    const { user } = await renderTour()
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(api.update).toHaveBeenCalledWith({ version: 2, record: tour })
  })
})

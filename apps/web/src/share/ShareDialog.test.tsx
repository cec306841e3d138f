// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderWithUser } from '../testing/renderWithUser'
import { ShareDialog, type ShareDialogProps } from './ShareDialog'

const url = 'https://atlas.example.org/?c=PL,CN'
const props: ShareDialogProps = {
  open: true,
  onClose: () => {},
  url,
  windowSize: { width: 1440, height: 900 },
  imageTitle: 'Poland & China',
  onExportPng: async () => {},
  onExportCsv: async () => {},
  onExportGeoJson: async () => {},
}

/** The dialog, open, with spies for what it calls. */
const share = (extra: Partial<ShareDialogProps> = {}) => {
  const handlers = {
    onClose: vi.fn(),
    onExportPng: vi.fn(props.onExportPng),
    onExportCsv: vi.fn(props.onExportCsv),
    onExportGeoJson: vi.fn(props.onExportGeoJson),
  }
  return { ...renderWithUser(<ShareDialog {...props} {...handlers} {...extra} />), ...handlers }
}

/** One of the dialog's sections, found by its heading as a screen reader lists the regions. */
const section = (name: string) => within(screen.getByRole('region', { name }))

/** An export that stays busy until the test makes it fail. */
function failingLater() {
  let fail: (error: Error) => void = () => {}
  const promise = new Promise<void>((_resolve, reject) => {
    fail = reject
  })
  return { promise, fail }
}

afterEach(() => {
  vi.restoreAllMocks()
  vi.useRealTimers()
})

describe('ShareDialog', () => {
  it('is a dialog named by its heading, with the link, the image, the data and the embed code', () => {
    share()
    const dialog = within(screen.getByRole('dialog', { name: 'Share and export' }))
    const sections = ['Link to this view', 'Image', 'Data', 'Embed']
    expect(dialog.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(
      sections,
    )
    for (const name of sections) expect(dialog.getByRole('region', { name })).toBeTruthy()
  })

  it('is closed by its Close button, and shows nothing inside while closed', async () => {
    const { user, onClose, rerender } = share()
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(onClose).toHaveBeenCalledTimes(1)

    rerender(<ShareDialog {...props} open={false} />)
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.queryByRole('region')).toBeNull()
    expect(screen.queryByText('Copy link')).toBeNull()
  })

  it('gives the link read-only, and copies it', async () => {
    const { user } = share()
    const link = section('Link to this view')
    const field = link.getByRole<HTMLInputElement>('textbox', { name: 'Link to this view' })
    expect(field.value).toBe(url)
    expect(field.readOnly).toBe(true)
    expect(link.getByRole('status').textContent).toBe('')

    await user.click(link.getByRole('button', { name: 'Copy link' }))
    expect(await navigator.clipboard.readText()).toBe(url)
    expect(link.getByRole('status').textContent).toBe('Copied')
  })

  it('says Copied for a moment only', async () => {
    share()
    vi.useFakeTimers()
    const link = section('Link to this view')
    // fireEvent under fake timers: Testing Library's async wrapper (user-event's) waits on a timer only Jest's clock runs.
    await act(async () => fireEvent.click(link.getByRole('button', { name: 'Copy link' })))
    expect(link.getByRole('status').textContent).toBe('Copied')
    act(() => vi.advanceTimersByTime(2400))
    expect(link.getByRole('status').textContent).toBe('Copied')
    act(() => vi.advanceTimersByTime(100))
    expect(link.getByRole('status').textContent).toBe('')
  })

  it('selects the link to copy by hand, and says so, where the clipboard refuses', async () => {
    const { user } = share()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Denied', 'NotAllowedError'),
    )
    const link = section('Link to this view')
    await user.click(link.getByRole('button', { name: 'Copy link' }))

    expect(link.getByRole('status').textContent).toMatch(/^Could not copy: the text is selected/)
    const field = link.getByRole<HTMLInputElement>('textbox', { name: 'Link to this view' })
    expect(document.activeElement).toBe(field)
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, url.length])
  })

  it('shows a square QR code of the link', () => {
    share()
    const qr = section('Link to this view').getByRole('img', { name: 'QR code of the link to this view' })
    expect(qr.getAttribute('viewBox')).toMatch(/^0 0 (\d+) \1$/)
    expect(qr.getAttribute('width')).toBe('280')
    expect(screen.getByRole('button', { name: 'Download the QR code (SVG)' })).toBeTruthy()
  })

  it('says so when the link is too long for a QR code, and offers none', () => {
    share({ url: `https://atlas.example.org/?${'c=PL&'.repeat(800)}` })
    const link = section('Link to this view')
    expect(link.getByText(/too long for a QR code/)).toBeTruthy()
    expect(link.queryByRole('img')).toBeNull()
    expect(link.queryByRole('button', { name: /Download the QR code/ })).toBeNull()
  })

  it('says nothing of where the link works when it works anywhere', () => {
    share()
    expect(section('Link to this view').queryByRole('note')).toBeNull()
  })

  it('says a localhost link works on this computer only, and links the same view on the network', () => {
    const here = 'http://localhost:3000/?c=PL'
    const there = 'http://192.168.1.20:3000/?c=PL'
    share({ url: here, localOnly: { networkUrls: [there] } })
    const note = within(section('Link to this view').getByRole('note'))
    expect(note.getByText(/only works on this computer: localhost/)).toBeTruthy()
    expect(note.getByRole('link', { name: '192.168.1.20:3000' }).getAttribute('href')).toBe(there)
    expect(note.queryByText(/HOST=0\.0\.0\.0/)).toBeNull()
  })

  it('says how to serve the network when the server listens on this computer alone', () => {
    share({ url: 'http://127.0.0.1:3000/?c=PL', localOnly: { networkUrls: [] } })
    const note = within(section('Link to this view').getByRole('note'))
    expect(note.getByText(/only works on this computer: 127\.0\.0\.1/)).toBeTruthy()
    expect(note.getByText(/HOST=0\.0\.0\.0/)).toBeTruthy()
    expect(note.getByText(/PUBLIC_URL/)).toBeTruthy()
    expect(note.queryByRole('link')).toBeNull()
  })

  it('offers the image sizes, with the window last, and the title to draw in, as it exports them', async () => {
    const { user, onExportPng } = share()
    const image = section('Image')
    const size = image.getByRole<HTMLSelectElement>('combobox', { name: 'Size' })
    expect(
      within(size)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['1920 × 1080', '2560 × 1440', '3840 × 2160', 'This window (1440 × 900)'])
    const title = image.getByRole<HTMLInputElement>('textbox', { name: 'Title on the image' })
    expect(title.value).toBe('Poland & China')

    await user.click(image.getByRole('button', { name: 'Export PNG' }))
    expect(onExportPng.mock.lastCall?.[0]).toEqual({
      size: { width: 1920, height: 1080 },
      title: 'Poland & China',
    })

    await user.selectOptions(size, 'This window (1440 × 900)')
    await user.clear(title)
    await user.type(title, '  Partners in 2025 ')
    await user.click(await image.findByRole('button', { name: 'Export PNG' }))
    expect(onExportPng.mock.lastCall?.[0]).toEqual({
      size: { width: 1440, height: 900 },
      title: 'Partners in 2025',
    })
  })

  it('makes one image at a time, saying so, and gives the reason when it fails', async () => {
    const task = failingLater()
    const { user, onExportPng } = share()
    onExportPng.mockReturnValueOnce(task.promise)
    const image = section('Image')
    await user.click(image.getByRole('button', { name: 'Export PNG' }))

    const busy = await image.findByRole('button', { name: 'Making the image…' })
    expect(busy.getAttribute('aria-disabled')).toBe('true')
    await user.click(busy)
    expect(onExportPng).toHaveBeenCalledTimes(1)

    await act(async () => task.fail(new Error('the map has not finished loading')))
    expect((await image.findByRole('alert')).textContent).toBe(
      'The file could not be made: the map has not finished loading',
    )
    const again = image.getByRole('button', { name: 'Export PNG' })
    expect(again.hasAttribute('aria-disabled')).toBe(false)
  })

  it('offers the data as CSV and GeoJSON', async () => {
    const { user, onExportCsv, onExportGeoJson } = share()
    const data = section('Data')
    await user.click(data.getByRole('button', { name: 'Institutions (CSV)' }))
    expect(onExportCsv).toHaveBeenLastCalledWith('institutions')
    await user.click(data.getByRole('button', { name: 'Partnerships (CSV)' }))
    expect(onExportCsv).toHaveBeenLastCalledWith('links')
    await user.click(data.getByRole('button', { name: 'Map data (GeoJSON)' }))
    expect(onExportGeoJson).toHaveBeenCalledTimes(1)
    expect(data.queryByRole('alert')).toBeNull()
  })

  it('gives the reason when a data export fails', async () => {
    const { user, onExportGeoJson } = share()
    onExportGeoJson.mockRejectedValueOnce(new Error('no partnerships are shown'))
    const data = section('Data')
    await user.click(data.getByRole('button', { name: 'Map data (GeoJSON)' }))
    expect((await data.findByRole('alert')).textContent).toBe(
      'The file could not be made: no partnerships are shown',
    )
  })

  it('gives embed code for the interactive map by default, still or titled on request, and copies it', async () => {
    const { user } = share()
    const embed = section('Embed')
    const code = embed.getByRole<HTMLTextAreaElement>('textbox', { name: 'Code to paste into a web page' })
    expect(code.readOnly).toBe(true)
    expect(embed.getByRole<HTMLInputElement>('radio', { name: 'Interactive' }).checked).toBe(true)
    expect(code.value).toBe(
      '<iframe src="https://atlas.example.org/?c=PL,CN&amp;embed=1" width="800" height="500" style="border:0" ' +
        'title="Partnership Atlas map" loading="lazy"></iframe>',
    )

    await user.click(embed.getByRole('radio', { name: 'Still (no panning or zooming)' }))
    await user.type(embed.getByRole('textbox', { name: 'Title (optional)' }), 'Poland & China')
    expect(code.value).toBe(
      '<iframe src="https://atlas.example.org/?c=PL,CN&amp;embed=1&amp;static=1&amp;title=Poland%20%26%20China" ' +
        'width="800" height="500" style="border:0" title="Poland &amp; China" loading="lazy"></iframe>',
    )

    await user.click(embed.getByRole('button', { name: 'Copy code' }))
    expect(await navigator.clipboard.readText()).toBe(code.value)
    expect(embed.getByRole('status').textContent).toBe('Copied')
    // Each section says only what its own button did.
    expect(section('Link to this view').getByRole('status').textContent).toBe('')
  })

  it('embeds the bounds the map shows, for the frame to fit them', () => {
    share({ viewBounds: { west: -9.5, south: 38.5, east: 21, north: 55 } })
    const code = section('Embed').getByRole<HTMLTextAreaElement>('textbox', {
      name: 'Code to paste into a web page',
    })
    expect(code.value).toContain(
      'src="https://atlas.example.org/?c=PL,CN&amp;embed=1&amp;bounds=-9.5%2C38.5%2C21%2C55"',
    )
  })
})

import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ShareDialog, type ShareDialogProps } from './ShareDialog'

const props: ShareDialogProps = {
  open: true,
  onClose: () => {},
  url: 'https://atlas.example.org/?c=PL,CN',
  windowSize: { width: 1440, height: 900 },
  imageTitle: 'Poland & China',
  onExportPng: async () => {},
  onExportCsv: async () => {},
  onExportGeoJson: async () => {},
}

/** The first render; opening as a modal, Escape, focus and copying are tried in a browser. */
const render = (extra: Partial<ShareDialogProps> = {}) =>
  renderToStaticMarkup(<ShareDialog {...props} {...extra} />)

describe('ShareDialog', () => {
  it('is a dialog named by its heading', () => {
    expect(render()).toMatch(
      /<dialog class="dialog share-dialog" aria-labelledby="([^"]+)"><div class="dialog-header"><h2 id="\1">Share and export<\/h2>/,
    )
  })

  it('gives the link read-only with a copy button and a QR code of it', () => {
    const html = render()
    expect(html).toContain('type="url" readOnly="" value="https://atlas.example.org/?c=PL,CN"')
    expect(html).toContain('>Copy link</button>')
    expect(html).toMatch(
      /<svg role="img" aria-label="QR code of the link to this view" viewBox="0 0 (\d+) \1" width="280"/,
    )
  })

  it('offers the image sizes, with the window last, and the title to draw in', () => {
    const html = render()
    expect(html).toContain('1920 × 1080</option>')
    expect(html).toContain('3840 × 2160</option>')
    expect(html).toContain('This window (1440 × 900)</option>')
    expect(html).toContain('value="Poland &amp; China"')
    expect(html).toContain('>Export PNG</button>')
  })

  it('offers the data as CSV and GeoJSON', () => {
    const html = render()
    for (const label of ['Institutions (CSV)', 'Partnerships (CSV)', 'Map data (GeoJSON)']) {
      expect(html).toContain(`>${label}</button>`)
    }
  })

  it('gives embed code for the interactive map by default', () => {
    expect(render()).toContain(
      '&lt;iframe src=&quot;https://atlas.example.org/?c=PL,CN&amp;amp;embed=1&quot; width=&quot;800&quot;',
    )
  })

  it('says so when the link is too long for a QR code', () => {
    expect(render({ url: `https://atlas.example.org/?${'c=PL&'.repeat(800)}` })).toContain(
      'too long for a QR code',
    )
  })

  it('renders nothing inside while closed', () => {
    expect(render({ open: false })).not.toContain('share-sections')
  })
})

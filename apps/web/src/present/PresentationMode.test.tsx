import type { Tour } from '@atlas/schema'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PresentationMode } from './PresentationMode'

const stop = (n: number): Tour['stops'][number] => ({
  title: `Stop ${n}`,
  caption: `What stop ${n} shows`,
  view: { lon: n, lat: n, zoom: 3, bearing: 0, pitch: 0 },
  filter: { initiatives: null, countries: [], linkKinds: null, yearFrom: null, yearTo: null },
  selection: null,
})
const tour: Tour = {
  id: 'sino-polish',
  title: 'The Sino-Polish consortium',
  description: 'How it grew',
  initiativeId: null,
  sourceIds: ['founding-statement'],
  stops: [stop(1), stop(2), stop(3), stop(4), stop(5)],
}
const sources = [
  {
    id: 'founding-statement',
    title: 'Founding statement',
    publisher: 'TUL',
    publishedOn: '2017-03-21',
    seedFile: null,
  },
]

/** The first render, as the audience first sees it (effects, keys and timers are tried in a browser). */
const render = (props: Partial<Parameters<typeof PresentationMode>[0]> = {}) =>
  renderToStaticMarkup(
    <PresentationMode
      tour={tour}
      kiosk={false}
      onApply={() => {}}
      onExit={() => {}}
      sources={sources}
      {...props}
    />,
  )

describe('PresentationMode', () => {
  it('shows the stop asked for with its caption and the tour’s sources', () => {
    const html = render({ initialStop: 2 })
    expect(html).toContain('<h2 class="presentation-title">Stop 3</h2>')
    expect(html).toContain('What stop 3 shows')
    expect(html).toContain('Source: Founding statement (TUL, 2017)')
    expect(html).toContain('aria-label="Tour: The Sino-Polish consortium"')
  })

  it('shows progress as "3 / 5" and as a progressbar with its values', () => {
    const html = render({ initialStop: 2 })
    expect(html).toContain('3 / 5')
    expect(html).toMatch(/role="progressbar"[^>]*aria-valuemin="1" aria-valuemax="5" aria-valuenow="3"/)
    expect(html).toContain('aria-valuetext="Stop 3 of 5"')
    expect(html).toContain('style="width:60%"')
  })

  it('names its buttons and marks the one that cannot move at the first stop', () => {
    const html = render()
    expect(html).toContain('aria-label="Previous stop" title="Previous stop" aria-disabled="true"')
    expect(html).toMatch(/aria-label="Next stop" title="Next stop">/)
    expect(html).toContain('aria-label="Leave the tour"')
    expect(html).toContain('Esc leaves')
  })

  it('in a kiosk, offers no way out on screen and never disables a move', () => {
    const html = render({ kiosk: true, initialStop: 4 })
    expect(html).not.toContain('Leave the tour')
    expect(html).not.toContain('aria-disabled')
    expect(html).not.toContain('Esc leaves')
  })

  it('offers Share for the stop on screen when the app can share, but not in a kiosk', () => {
    expect(render()).not.toContain('>Share</button>')
    expect(render({ onShare: () => {} })).toContain('aria-haspopup="dialog">Share</button>')
    expect(render({ onShare: () => {}, kiosk: true })).not.toContain('>Share</button>')
  })

  it('keeps a stop beyond the end within the tour', () => {
    expect(render({ initialStop: 99 })).toContain('Stop 5')
  })
})

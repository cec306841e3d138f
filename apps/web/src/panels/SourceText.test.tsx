// @vitest-environment happy-dom
import type { SourceDocument } from '@atlas/schema'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithUser } from '../testing/renderWithUser'
import { SourceText } from './SourceText'

const stored: SourceDocument = {
  id: 'bpc-international-about',
  title: 'Introduction of International Exchanges and Cooperation Office',
  publisher: null,
  publishedOn: null,
  seedFile: '002_fee66a178c7b4779.txt',
  url: null,
  accessedOn: null,
  text: 'In 2017, BPC was chosen as the Talent Cultivation Base.\nAs of May 2018, BPC has trained 41 staff. Up to 150 more.',
}
const page: SourceDocument = {
  id: 'wikipedia-luanshya',
  title: 'Luanshya',
  publisher: 'Wikipedia, Nynorsk edition',
  publishedOn: null,
  seedFile: null,
  url: 'https://nn.wikipedia.org/wiki/Luanshya',
  accessedOn: '2026-12-01',
  text: null,
}

describe('SourceText', () => {
  it('shows the stored text whole, with the quoted sentence marked', () => {
    renderWithUser(<SourceText source={stored} excerpt="As of May 2018, BPC has trained 41 staff." />)
    expect(screen.getByText(stored.title).tagName).toBe('CITE')
    expect(screen.getByText('publisher not stated · date not stated')).toBeTruthy()
    const marked = document.querySelectorAll('mark')
    expect([...marked].map((mark) => mark.textContent)).toEqual(['As of May 2018, BPC has trained 41 staff.'])
    expect(screen.getByRole('article').textContent).toContain(stored.text)
  })

  it('says so when the quoted sentence is not in the text word for word, and marks nothing', () => {
    renderWithUser(<SourceText source={stored} excerpt="BPC trained 41 staff." />)
    expect(
      screen.getByText('The quoted sentence is not in this copy of the source word for word.'),
    ).toBeTruthy()
    expect(document.querySelector('mark')).toBeNull()
  })

  it('links a page the atlas keeps no copy of, with the day it was read, and quotes the sentence', () => {
    renderWithUser(<SourceText source={page} excerpt="13°08′S 28°24′E" />)
    const link = screen.getByRole('link', { name: 'nn.wikipedia.org/wiki/Luanshya' })
    expect(link.getAttribute('href')).toBe(page.url)
    expect(link.getAttribute('rel')).toBe('noopener noreferrer')
    expect(screen.getByText(/read 1 December 2026/)).toBeTruthy()
    expect(screen.getByText('The atlas keeps no copy of this page: it is cited by its address.')).toBeTruthy()
    expect(document.querySelector('mark')?.textContent).toBe('13°08′S 28°24′E')
  })
})

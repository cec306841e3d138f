import type { Source } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { sourceLine } from './sourceLine'

const sources: Source[] = [
  {
    id: 'mofcom-2017',
    title: 'Sino-Polish University Consortium, founding statement',
    publisher: 'Lodz University of Technology',
    publishedOn: '2017-03-21',
    seedFile: null,
    url: null,
    accessedOn: null,
  },
  {
    id: 'untitled-report',
    title: 'Vocational cooperation, 2016–2019',
    publisher: null,
    publishedOn: null,
    seedFile: null,
    url: null,
    accessedOn: null,
  },
]

describe('sourceLine', () => {
  it('credits one source with its publisher and year', () => {
    expect(sourceLine(['mofcom-2017'], sources)).toBe(
      'Source: Sino-Polish University Consortium, founding statement (Lodz University of Technology, 2017)',
    )
  })

  it('lists several once each, separated by semicolons', () => {
    expect(sourceLine(['mofcom-2017', 'untitled-report', 'mofcom-2017'], sources)).toBe(
      'Sources: Sino-Polish University Consortium, founding statement (Lodz University of Technology, 2017); ' +
        'Vocational cooperation, 2016–2019',
    )
  })

  it('shows an unknown source by its id and nothing for no sources', () => {
    expect(sourceLine(['not-loaded'], [])).toBe('Source: not-loaded')
    expect(sourceLine([], sources)).toBe('')
  })

  it('ends with the address the audience opens the atlas at', () => {
    expect(sourceLine(['untitled-report'], sources, 'https://atlas.example.org/')).toBe(
      'Source: Vocational cooperation, 2016–2019 · https://atlas.example.org/',
    )
    expect(sourceLine([], sources, 'http://192.168.1.20:3000/')).toBe('http://192.168.1.20:3000/')
    expect(sourceLine(['untitled-report'], sources, null)).toBe('Source: Vocational cooperation, 2016–2019')
  })
})

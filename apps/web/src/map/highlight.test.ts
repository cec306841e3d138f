import { describe, expect, it } from 'vitest'
import { GROUPS, INITIATIVES, INSTITUTIONS, LINKS } from './fixtures'
import { selectionHighlight } from './highlight'
import { mapLinks } from './mapLinks'

const arcs = mapLinks(LINKS, GROUPS, INSTITUTIONS, INITIATIVES, false)
const pairs = mapLinks(LINKS, GROUPS, INSTITUTIONS, INITIATIVES, true)

describe('selectionHighlight', () => {
  it('dims nothing while nothing is selected', () => {
    expect(selectionHighlight(null, arcs, INSTITUTIONS, GROUPS)).toBeNull()
  })

  it('keeps an institution, its shown links and its partners bright', () => {
    const highlight = selectionHighlight({ type: 'institution', id: 'bjut' }, arcs, INSTITUTIONS, GROUPS)
    expect(highlight?.institutionIds).toEqual(new Set(['bjut', 'bistu', 'lodz']))
    expect(highlight?.arcs).toEqual(['any', ['==', ['get', 'from'], 'bjut'], ['==', ['get', 'to'], 'bjut']])
  })

  it('keeps a link and its two ends bright, and under pairwise every pair it stands for', () => {
    const highlight = selectionHighlight({ type: 'link', id: 'm-lodz' }, arcs, INSTITUTIONS, GROUPS)
    expect(highlight?.institutionIds).toEqual(new Set(['lodz', 'bjut']))
    const pairwise = selectionHighlight({ type: 'link', id: 'm-lodz' }, pairs, INSTITUTIONS, GROUPS)
    expect(pairwise?.institutionIds).toEqual(new Set(['lodz', 'bjut', 'bistu']))
  })

  it('keeps a country’s institutions, its links and their other ends bright', () => {
    const highlight = selectionHighlight({ type: 'country', code: 'ZM' }, arcs, INSTITUTIONS, GROUPS)
    expect(highlight?.institutionIds).toEqual(new Set(['zambia', 'bpc']))
    expect(highlight?.arcs).toEqual([
      'any',
      ['==', ['get', 'fromCountry'], 'ZM'],
      ['==', ['get', 'toCountry'], 'ZM'],
    ])
  })

  it('keeps a group’s seat and members and the arcs among them bright', () => {
    const highlight = selectionHighlight({ type: 'group', id: 'consortium' }, arcs, INSTITUTIONS, GROUPS)
    expect(highlight?.institutionIds).toEqual(new Set(['bjut', 'bistu', 'lodz']))
    const members = ['literal', ['bjut', 'bistu', 'lodz']]
    expect(highlight?.arcs).toEqual(['all', ['in', ['get', 'from'], members], ['in', ['get', 'to'], members]])
    expect(
      selectionHighlight({ type: 'group', id: 'gone' }, arcs, INSTITUTIONS, GROUPS)?.institutionIds,
    ).toEqual(new Set())
  })
})

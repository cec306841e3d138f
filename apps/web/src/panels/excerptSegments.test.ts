import { describe, expect, it } from 'vitest'
import { excerptSegments } from './excerptSegments'

const text = 'In 2017, BPC was chosen as the base. As of May 2018, BPC has trained 41 staff. Up to 150 more.'

describe('excerptSegments', () => {
  it('marks the excerpt between the text before and after it', () => {
    expect(excerptSegments(text, 'As of May 2018, BPC has trained 41 staff.')).toEqual([
      { text: 'In 2017, BPC was chosen as the base. ', excerpt: false },
      { text: 'As of May 2018, BPC has trained 41 staff.', excerpt: true },
      { text: ' Up to 150 more.', excerpt: false },
    ])
  })

  it('leaves out empty runs where the excerpt opens or closes the text', () => {
    expect(excerptSegments(text, 'In 2017, BPC was chosen as the base.')[0]).toEqual({
      text: 'In 2017, BPC was chosen as the base.',
      excerpt: true,
    })
    expect(excerptSegments('Only this.', 'Only this.')).toEqual([{ text: 'Only this.', excerpt: true }])
  })

  it('keeps the text whole without an excerpt, or where the text does not say it word for word', () => {
    expect(excerptSegments(text, null)).toEqual([{ text, excerpt: false }])
    expect(excerptSegments(text, 'As of May 2018, BPC trained 41 staff.')).toEqual([{ text, excerpt: false }])
  })
})

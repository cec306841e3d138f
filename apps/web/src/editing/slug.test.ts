import { idSchema } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { slugFromName } from './slug'

describe('slugFromName', () => {
  it('makes a lowercase slug of the words of a name', () => {
    expect(slugFromName('University of Zambia')).toBe('university-of-zambia')
    expect(slugFromName('  Texas A&M University ')).toBe('texas-a-and-m-university')
  })

  it('writes accented and special Latin letters as plain ones', () => {
    expect(slugFromName('Łódź University of Technology')).toBe('lodz-university-of-technology')
    expect(slugFromName('Technische Universität München')).toBe('technische-universitat-munchen')
    expect(slugFromName('Universität Straße Ærø')).toBe('universitat-strasse-aero')
  })

  it('gives nothing for a name in another script, for the editor to write the id', () => {
    expect(slugFromName('北京工业大学')).toBe('')
  })

  it('keeps within the length ids may have, without a trailing hyphen', () => {
    const slug = slugFromName(`${'a'.repeat(119)} b`)
    expect(slug).toBe('a'.repeat(119))
    expect(idSchema.safeParse(slugFromName(`${'word '.repeat(40)}`)).success).toBe(true)
  })
})

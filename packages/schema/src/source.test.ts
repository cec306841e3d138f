import { describe, expect, it } from 'vitest'
import { sourceDocumentSchema, sourceSchema } from './source'

const source = {
  id: 'wikipedia-opole',
  title: 'Politechnika Opolska',
  publisher: 'Wikipedia',
  publishedOn: null,
  seedFile: null,
  url: 'https://pl.wikipedia.org/wiki/Politechnika_Opolska',
  accessedOn: '2026-12-01',
}

describe('sourceSchema', () => {
  it('takes a web address, or none for a document known from its stored copy', () => {
    expect(sourceSchema.parse(source)).toEqual(source)
    expect(sourceSchema.parse({ ...source, url: null }).url).toBeNull()
  })

  it('refuses an address that is not on the web', () => {
    expect(sourceSchema.safeParse({ ...source, url: 'file:///etc/passwd' }).success).toBe(false)
    expect(sourceSchema.safeParse({ ...source, url: 'javascript:alert(1)' }).success).toBe(false)
  })
})

describe('sourceDocumentSchema', () => {
  it('carries the stored text, or null where only the address is kept', () => {
    expect(sourceDocumentSchema.parse({ ...source, text: 'Politechnika Opolska – uczelnia' }).text).toBe(
      'Politechnika Opolska – uczelnia',
    )
    expect(sourceDocumentSchema.parse({ ...source, text: null }).text).toBeNull()
    expect(sourceDocumentSchema.safeParse({ ...source, text: '' }).success).toBe(false)
  })
})

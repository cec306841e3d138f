/** A run of a source's text, marked where it is the excerpt a fact quotes. */
export interface TextSegment {
  text: string
  excerpt: boolean
}

/**
 * Splits a source's text around the first place it says `excerpt`, so the reader can mark the sentence a fact
 * comes from. Without an excerpt, or where the text does not hold it word for word, the text stays one run.
 */
export function excerptSegments(text: string, excerpt: string | null): TextSegment[] {
  const at = excerpt ? text.indexOf(excerpt) : -1
  if (!excerpt || at < 0) return [{ text, excerpt: false }]
  return [
    { text: text.slice(0, at), excerpt: false },
    { text: excerpt, excerpt: true },
    { text: text.slice(at + excerpt.length), excerpt: false },
  ].filter((segment) => segment.text.length > 0)
}

import { foldForSearch, type InstitutionSummary } from '@atlas/schema'

export interface SearchHit {
  institution: InstitutionSummary
  /** The name that matched when it is not the institution's main name, to show why it was found. */
  matchedName: string | null
}

interface IndexedName {
  text: string
  folded: string
  primary: boolean
}

export interface SearchIndex {
  entries: { institution: InstitutionSummary; names: IndexedName[] }[]
  collator: Intl.Collator
}

/** Folds every name once, so that each keystroke only compares. */
export function buildSearchIndex(institutions: readonly InstitutionSummary[], locale?: string): SearchIndex {
  return {
    collator: new Intl.Collator(locale),
    entries: institutions.map((institution) => {
      const texts = [institution.name, institution.nativeName, ...institution.altNames]
      const names = [...new Set(texts.filter((text): text is string => text !== null))].map((text) => ({
        text,
        folded: foldForSearch(text),
        primary: text === institution.name,
      }))
      return { institution, names }
    }),
  }
}

const EXACT = 0
const NAME_PREFIX = 1
const WORD_PREFIX = 2
const INSIDE = 3

/**
 * Institutions with any name (main, native, alternative) containing the query, folded so that "Lodz" finds
 * "Łódź". Ranked: the whole name, then names that start with it, then names with a word that starts with it,
 * then the rest; within a rank, by name.
 */
export function searchInstitutions(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  const folded = foldForSearch(query)
  if (folded === '') return []
  const ranked: { hit: SearchHit; rank: number }[] = []
  for (const { institution, names } of index.entries) {
    let best: { name: IndexedName; rank: number } | null = null
    for (const name of names) {
      const rank = rankMatch(name.folded, folded)
      if (rank === null) continue
      if (!best || rank < best.rank || (rank === best.rank && name.primary && !best.name.primary)) {
        best = { name, rank }
      }
    }
    if (best) {
      ranked.push({
        hit: { institution, matchedName: best.name.primary ? null : best.name.text },
        rank: best.rank,
      })
    }
  }
  ranked.sort(
    (a, b) => a.rank - b.rank || index.collator.compare(a.hit.institution.name, b.hit.institution.name),
  )
  return ranked.slice(0, limit).map(({ hit }) => hit)
}

function rankMatch(name: string, query: string): number | null {
  if (name === query) return EXACT
  if (name.startsWith(query)) return NAME_PREFIX
  let at = name.indexOf(query)
  if (at < 0) return null
  while (at >= 0) {
    if (!/[\p{L}\p{N}]/u.test(name.charAt(at - 1))) return WORD_PREFIX
    at = name.indexOf(query, at + 1)
  }
  return INSIDE
}

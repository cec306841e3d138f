import { foldForSearch } from '@atlas/schema'

/**
 * How well a name matches a query, for the search box: the name itself, a name that starts with the query, a word
 * of it that does, the query inside a word, and last a near miss that forgives a typo in each word. Both sides are
 * folded (foldForSearch), so that case and accents already match.
 */
export const MATCH_RANKS = ['exact', 'prefix', 'wordPrefix', 'inside', 'fuzzy'] as const

export type MatchRank = (typeof MATCH_RANKS)[number]

export interface TextMatch {
  rank: MatchRank
  /** The edits the near miss needed, summed over the query's words; 0 for every other rank. */
  distance: number
}

/** A text folded and cut into words once, so that each keystroke only compares. */
export interface MatchableText {
  folded: string
  words: string[]
}

export function matchable(text: string): MatchableText {
  const folded = foldForSearch(text)
  return { folded, words: words(folded) }
}

/** The words of a folded text: runs of letters and digits ("sino-polish" is two words, 北京工业大学 one). */
export function words(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
}

/**
 * The typos forgiven in a word of the query: none in a short one, where one edit makes another word ("tul", "upv"),
 * one from four letters, two from eight ("univeristy" is one transposition from "university").
 */
export function typoBudget(word: string): number {
  const length = [...word].length
  return length >= 8 ? 2 : length >= 4 ? 1 : 0
}

/** The best match of the query in the name, or null when there is none. */
export function matchText(name: MatchableText, query: MatchableText): TextMatch | null {
  const literal = literalRank(name.folded, query.folded)
  if (literal) return { rank: literal, distance: 0 }
  const distance = fuzzyDistance(name.words, query.words)
  return distance === null ? null : { rank: 'fuzzy', distance }
}

function literalRank(name: string, query: string): Exclude<MatchRank, 'fuzzy'> | null {
  if (name === query) return 'exact'
  if (name.startsWith(query)) return 'prefix'
  let at = name.indexOf(query)
  if (at < 0) return null
  while (at >= 0) {
    if (!/[\p{L}\p{N}]/u.test(name.charAt(at - 1))) return 'wordPrefix'
    at = name.indexOf(query, at + 1)
  }
  return 'inside'
}

/**
 * Each word of the query against its closest word of the name: a word of the name that starts with it costs
 * nothing, any other within the word's typo budget costs its edits. Null when some word finds none.
 */
function fuzzyDistance(nameWords: readonly string[], queryWords: readonly string[]): number | null {
  if (queryWords.length === 0) return null
  let total = 0
  for (const word of queryWords) {
    const budget = typoBudget(word)
    let best: number | null = null
    for (const candidate of nameWords) {
      const distance = candidate.startsWith(word) ? 0 : editDistance(word, candidate, budget)
      if (distance !== null && (best === null || distance < best)) best = distance
      if (best === 0) break
    }
    if (best === null) return null
    total += best
  }
  return total
}

/**
 * The Damerau–Levenshtein distance between two words (optimal string alignment: insertions, deletions,
 * substitutions and swaps of two neighbours, each counted once), or null when it exceeds `limit`.
 * Counted in code points, so that a Chinese character is one letter.
 */
export function editDistance(a: string, b: string, limit: number): number | null {
  const x = [...a]
  const y = [...b]
  if (Math.abs(x.length - y.length) > limit) return null
  // Three rows of the table suffice: the swap looks two rows back.
  let before: number[] = []
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j)
  for (let i = 1; i <= x.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1)
      }
      current[j] = value
      rowMin = Math.min(rowMin, value)
    }
    // Every later row is at least this row's least value: past the limit, it can only grow.
    if (rowMin > limit) return null
    before = previous
    previous = current
  }
  const distance = previous[y.length] ?? 0
  return distance <= limit ? distance : null
}

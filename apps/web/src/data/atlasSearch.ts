import type { Group, Initiative, InstitutionSummary } from '@atlas/schema'
import { institutionNames } from '../i18n/institutionName'
import { localText } from '../i18n/localized'
import { MATCH_RANKS, type MatchableText, matchable, matchText, type TextMatch } from './textMatch'

/** What the search box finds: an institution by any of its names, an initiative or a group by its name. */
export type SearchTarget =
  | { type: 'institution'; institution: InstitutionSummary }
  | { type: 'initiative'; initiative: Initiative }
  | { type: 'group'; group: Group }

export type SearchHit = SearchTarget & {
  /** The name that matched when it is not the main name, to show why it was found. */
  matchedName: string | null
}

interface IndexedName extends MatchableText {
  text: string
  primary: boolean
}

interface IndexEntry {
  target: SearchTarget
  names: IndexedName[]
}

export interface SearchIndex {
  entries: IndexEntry[]
  collator: Intl.Collator
}

export interface Searchable {
  institutions: readonly InstitutionSummary[]
  initiatives: readonly Initiative[]
  groups: readonly Group[]
}

/** Where a kind of result sits among results that match equally well and share a name. */
const TYPE_ORDER: Record<SearchTarget['type'], number> = { institution: 0, group: 1, initiative: 2 }

/** Folds every name and cuts it into words once, so that each keystroke only compares. */
export function buildSearchIndex(
  { institutions, initiatives, groups }: Searchable,
  locale?: string,
): SearchIndex {
  const entry = (target: SearchTarget, others: readonly (string | null)[] = []): IndexEntry => {
    const name = hitName(target)
    const texts = [...new Set([name, ...others].filter((text): text is string => text !== null))]
    return {
      target,
      names: texts.map((text) => ({ text, primary: text === name, ...matchable(text) })),
    }
  }
  return {
    collator: new Intl.Collator(locale),
    entries: [
      ...institutions.map((institution) =>
        entry({ type: 'institution', institution }, [
          institution.name,
          institution.nativeName,
          ...institution.altNames,
        ]),
      ),
      ...groups.map((group) => entry({ type: 'group', group }, everyName(group))),
      ...initiatives.map((initiative) => entry({ type: 'initiative', initiative }, everyName(initiative))),
    ],
  }
}

/** A group's or an initiative's name in English and in every language it is translated into. */
function everyName({ name, translations = {} }: Group | Initiative): string[] {
  return [name, ...Object.values(translations).flatMap((translation) => translation.name ?? [])]
}

/**
 * Institutions, groups and initiatives whose name matches the query, folded so that "Lodz" finds "Łódź", and
 * forgiving a typo a word ("Warsaw Univeristy"). Ranked as textMatch ranks (the whole name, a name that starts
 * with the query, a word that does, the query inside a word, a near miss, the nearest first); within a rank, by
 * name.
 */
export function searchAtlas(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  const wanted = matchable(query)
  if (wanted.folded === '') return []
  const ranked: { entry: IndexEntry; name: IndexedName; match: TextMatch }[] = []
  for (const entry of index.entries) {
    let best: { name: IndexedName; match: TextMatch } | null = null
    for (const name of entry.names) {
      const match = matchText(name, wanted)
      if (!match) continue
      // The main name wins a tie, so that the hit shows no "also known as" it does not need.
      const order = best ? compareMatches(match, best.match) : -1
      if (order < 0 || (order === 0 && name.primary)) best = { name, match }
    }
    if (best) ranked.push({ entry, ...best })
  }
  ranked.sort(
    (a, b) =>
      compareMatches(a.match, b.match) ||
      index.collator.compare(hitName(a.entry.target), hitName(b.entry.target)) ||
      TYPE_ORDER[a.entry.target.type] - TYPE_ORDER[b.entry.target.type],
  )
  return ranked
    .slice(0, limit)
    .map(({ entry, name }) => ({ ...entry.target, matchedName: name.primary ? null : name.text }))
}

function compareMatches(a: TextMatch, b: TextMatch): number {
  return MATCH_RANKS.indexOf(a.rank) - MATCH_RANKS.indexOf(b.rank) || a.distance - b.distance
}

/** The id of what a hit found, unique among the hits. */
export function hitKey(hit: SearchTarget): string {
  switch (hit.type) {
    case 'institution':
      return `institution:${hit.institution.id}`
    case 'initiative':
      return `initiative:${hit.initiative.id}`
    case 'group':
      return `group:${hit.group.id}`
  }
}

/** The main name of what a hit found. */
export function hitName(hit: SearchTarget): string {
  switch (hit.type) {
    case 'institution':
      return institutionNames(hit.institution).name.text
    case 'initiative':
      return localText(hit.initiative, 'name')
    case 'group':
      return localText(hit.group, 'name')
  }
}

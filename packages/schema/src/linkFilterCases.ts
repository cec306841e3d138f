import type { CountryCode } from './country'
import type { LinkFilter } from './filter'
import type { LinkKind } from './link'

/**
 * The one table of cases that every implementation of the link filter is held to: the client's linkMatchesFilter,
 * the SQL of the db package on both engines, and the map's expression evaluated by the style spec's featureFilter.
 * Each target's test turns this small data set into its own form and checks that every case shows exactly `shows`.
 */

export const CASE_INITIATIVES = [
  { id: 'bri', parentId: null },
  { id: 'sp', parentId: 'bri' },
  { id: 'sp-lab', parentId: 'sp' },
  { id: 'csp', parentId: null },
] as const satisfies readonly { id: string; parentId: string | null }[]

export const CASE_INSTITUTIONS = [
  { id: 'cn-a', country: 'CN' },
  { id: 'cn-b', country: 'CN' },
  { id: 'pl-a', country: 'PL' },
  { id: 'es-a', country: 'ES' },
  { id: 'zm-a', country: 'ZM' },
] as const satisfies readonly { id: string; country: CountryCode }[]

export interface CaseLink {
  id: string
  from: (typeof CASE_INSTITUTIONS)[number]['id']
  to: (typeof CASE_INSTITUTIONS)[number]['id']
  kind: LinkKind
  /** Every initiative the link carries, parents included, as the data writes them. */
  initiatives: readonly (typeof CASE_INITIATIVES)[number]['id'][]
  year: number | null
  /** The year it ended; null while it goes on. */
  endYear: number | null
}

export const CASE_LINKS: readonly CaseLink[] = [
  {
    id: 'consortium',
    from: 'cn-a',
    to: 'pl-a',
    kind: 'consortium_membership',
    initiatives: ['bri', 'sp'],
    year: 2017,
    endYear: null,
  },
  {
    id: 'lab',
    from: 'cn-b',
    to: 'pl-a',
    kind: 'cooperation_agreement',
    initiatives: ['bri', 'sp', 'sp-lab'],
    year: null,
    endYear: null,
  },
  {
    id: 'zambia',
    from: 'cn-b',
    to: 'zm-a',
    kind: 'vocational_cooperation',
    initiatives: ['bri'],
    year: 2019,
    endYear: null,
  },
  {
    id: 'joint',
    from: 'cn-a',
    to: 'es-a',
    kind: 'joint_institute',
    initiatives: ['csp'],
    year: 2025,
    endYear: null,
  },
  {
    id: 'both',
    from: 'es-a',
    to: 'pl-a',
    kind: 'cooperation_agreement',
    initiatives: ['csp', 'sp'],
    year: 2020,
    endYear: null,
  },
  {
    id: 'domestic',
    from: 'cn-a',
    to: 'cn-b',
    kind: 'training_programme',
    initiatives: ['bri'],
    year: 2016,
    endYear: 2018,
  },
]

export interface LinkFilterCase {
  name: string
  filter: Partial<LinkFilter>
  /** The ids of the links it shows, in CASE_LINKS order. */
  shows: readonly string[]
}

const ALL = CASE_LINKS.map((link) => link.id)

export const LINK_FILTER_CASES: readonly LinkFilterCase[] = [
  { name: 'no filter shows every link', filter: {}, shows: ALL },
  { name: 'an empty initiative list shows none', filter: { initiatives: [] }, shows: [] },
  {
    name: 'unticking a child hides the links that are its own, keeping its parent and its own child',
    filter: { initiatives: ['bri', 'sp-lab', 'csp'] },
    shows: ['lab', 'zambia', 'joint', 'both', 'domestic'],
  },
  {
    name: 'a parent alone shows only the links that are its own',
    filter: { initiatives: ['bri'] },
    shows: ['zambia', 'domestic'],
  },
  {
    name: 'a link with two unrelated initiatives shows while either is listed',
    filter: { initiatives: ['sp'] },
    shows: ['consortium', 'both'],
  },
  { name: 'the other of the two', filter: { initiatives: ['csp'] }, shows: ['joint', 'both'] },
  { name: 'a country at either end', filter: { countries: ['PL'] }, shows: ['consortium', 'lab', 'both'] },
  { name: 'an empty country list shows none', filter: { countries: [] }, shows: [] },
  {
    name: 'a link within one country',
    filter: { countries: ['CN'] },
    shows: ['consortium', 'lab', 'zambia', 'joint', 'domestic'],
  },
  {
    name: 'several countries',
    filter: { countries: ['ES', 'ZM'] },
    shows: ['zambia', 'joint', 'both'],
  },
  { name: 'a kind', filter: { linkKinds: ['cooperation_agreement'] }, shows: ['lab', 'both'] },
  { name: 'an empty kind list shows none', filter: { linkKinds: [] }, shows: [] },
  {
    name: 'a lower year bound hides undated links, not those still under way',
    filter: { yearFrom: 2017 },
    shows: ['consortium', 'zambia', 'joint', 'both', 'domestic'],
  },
  {
    name: 'a link that ended before the range is hidden',
    filter: { yearFrom: 2019 },
    shows: ['consortium', 'zambia', 'joint', 'both'],
  },
  { name: 'an upper year bound', filter: { yearTo: 2017 }, shows: ['consortium', 'domestic'] },
  {
    name: 'both year bounds: what was under way then',
    filter: { yearFrom: 2018, yearTo: 2020 },
    shows: ['consortium', 'zambia', 'both', 'domestic'],
  },
  {
    name: 'one year: as it was that year',
    filter: { yearFrom: 2019, yearTo: 2019 },
    shows: ['consortium', 'zambia'],
  },
  {
    name: 'a link is under way in the year it ends',
    filter: { yearFrom: 2018, yearTo: 2018 },
    shows: ['consortium', 'domestic'],
  },
  {
    name: 'parts combine',
    filter: {
      initiatives: ['sp', 'sp-lab'],
      countries: ['PL'],
      linkKinds: ['consortium_membership', 'cooperation_agreement'],
    },
    shows: ['consortium', 'lab', 'both'],
  },
  {
    name: 'every part at once',
    filter: {
      initiatives: ['sp-lab', 'csp'],
      countries: ['PL'],
      linkKinds: null,
      yearFrom: 2000,
      yearTo: 2030,
    },
    shows: ['both'],
  },
]

/** The country of one of the cases' institutions. */
export function caseCountry(id: CaseLink['from']): CountryCode {
  const institution = CASE_INSTITUTIONS.find((candidate) => candidate.id === id)
  if (!institution) throw new Error(`no case institution "${id}"`)
  return institution.country
}

import { z } from 'zod'
import { LIMITS } from './constants'
import { countryCodeSchema } from './country'
import { idSchema } from './id'
import { institutionKindSchema } from './institution'
import { linkKindSchema } from './link'
import { freeTextSchema } from './text'

const list = <T extends z.ZodType>(item: T) =>
  z.array(item).max(LIMITS.filterItems, { error: `must list at most ${LIMITS.filterItems} items` })

const year = z.number().int({ error: 'must be a whole year' }).min(1800).max(2200)

export const institutionFilterSchema = z.strictObject({
  initiatives: list(idSchema).optional(),
  countries: list(countryCodeSchema).optional(),
  kinds: list(institutionKindSchema).optional(),
  q: freeTextSchema(LIMITS.searchLength).optional(),
})

export type InstitutionFilter = z.infer<typeof institutionFilterSchema>

/**
 * Which links are shown: the one filter of the api, the map, the web's panels and tour stops. A part left out or
 * null restricts nothing; a list restricts to what it lists, so an empty list matches no link. A link matches when
 * it matches every part (see linkMatchesFilter in linkFilter.ts, and the cases in linkFilterCases.ts that every
 * implementation is held to):
 * - initiatives: one of the link's own initiatives is listed. Its own are the most specific it carries: a link of
 *   the Sino-Polish consortium also carries Belt and Road, its parent, but counts under the consortium only; a
 *   link with two unrelated initiatives counts under both.
 * - countries: at least one end of the link is in a listed country.
 * - linkKinds: the link's kind is listed.
 * - yearFrom / yearTo: the link was under way at some time within the bounds: it started no later than yearTo and
 *   had not ended before yearFrom (a link without an end goes on), so a single year shows a consortium as it was
 *   that year. While either is set, a link without a start date does not match.
 */
export const linkFilterSchema = z
  .strictObject({
    initiatives: list(idSchema).nullable().default(null),
    countries: list(countryCodeSchema).nullable().default(null),
    linkKinds: list(linkKindSchema).nullable().default(null),
    yearFrom: year.nullable().default(null),
    yearTo: year.nullable().default(null),
  })
  .refine((f) => f.yearFrom === null || f.yearTo === null || f.yearFrom <= f.yearTo, {
    error: 'must not be after yearTo',
    path: ['yearFrom'],
  })

export type LinkFilter = z.infer<typeof linkFilterSchema>

/** The filter that restricts nothing. */
export const NO_FILTER: LinkFilter = {
  initiatives: null,
  countries: null,
  linkKinds: null,
  yearFrom: null,
  yearTo: null,
}

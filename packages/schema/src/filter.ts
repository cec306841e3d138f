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

export const institutionFilterSchema = z.object({
  initiatives: list(idSchema).optional(),
  countries: list(countryCodeSchema).optional(),
  kinds: list(institutionKindSchema).optional(),
  q: freeTextSchema(LIMITS.searchLength).optional(),
})

export type InstitutionFilter = z.infer<typeof institutionFilterSchema>

export const linkFilterSchema = z
  .object({
    initiatives: list(idSchema).optional(),
    countries: list(countryCodeSchema).optional(),
    kinds: list(linkKindSchema).optional(),
    yearFrom: year.optional(),
    yearTo: year.optional(),
  })
  .refine((f) => f.yearFrom === undefined || f.yearTo === undefined || f.yearFrom <= f.yearTo, {
    error: 'must not be after yearTo',
    path: ['yearFrom'],
  })

export type LinkFilter = z.infer<typeof linkFilterSchema>

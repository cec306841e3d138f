import { z } from 'zod'
import { countryCodeSchema } from './country'

/** Per country, for the links that match a filter: the institutions of that country in them, and the links. */
export const countryStatsSchema = z.object({
  country: countryCodeSchema,
  institutions: z.number().int(),
  links: z.number().int(),
})

export type CountryStats = z.infer<typeof countryStatsSchema>

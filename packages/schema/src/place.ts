import { z } from 'zod'
import { countryCodeSchema } from './country'

/** How many places a search answers unless told, and at most: enough for a pick list, no more. */
export const PLACE_SEARCH_LIMITS = { default: 10, max: 50 } as const

/**
 * What an editor types to find the city an institution is in: `q` is matched against GeoNames' place names
 * ignoring case and accents, `country` keeps to one country's places, `limit` is how many to answer
 * (PLACE_SEARCH_LIMITS).
 */
export const placeSearchSchema = z.strictObject({
  q: z.string().min(1, { error: 'must not be empty' }).max(100, { error: 'must be at most 100 characters' }),
  country: countryCodeSchema.optional(),
  limit: z
    .number()
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .max(PLACE_SEARCH_LIMITS.max, { error: `must be at most ${PLACE_SEARCH_LIMITS.max}` })
    .optional(),
})

export type PlaceSearch = z.infer<typeof placeSearchSchema>

/**
 * A populated place of the offline gazetteer (GeoNames), as an editor picks it: its country is a code an
 * institution may be stated with, so picking a place fills the city, the country and the coordinate at once.
 */
export const placeSchema = z.object({
  name: z.string().min(1).max(200),
  country: countryCodeSchema,
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  population: z.number().int().min(0),
  geonameId: z.number().int().positive(),
})

export type Place = z.infer<typeof placeSchema>

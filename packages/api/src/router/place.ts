import { searchPlaces } from '@atlas/geo'
import { placeSchema, placeSearchSchema } from '@atlas/schema'
import { z } from 'zod'
import { publicProcedure, router } from '../trpc'

/**
 * The offline gazetteer, for the editors' form: typing a city and picking a place fills the city, country and
 * coordinate of an institution without a request leaving the server. The first search loads the gazetteer
 * (about a second, see searchPlaces); every later one takes milliseconds.
 */
export const placeRouter = router({
  search: publicProcedure
    .input(placeSearchSchema)
    .output(z.array(placeSchema))
    .query(({ input }) => searchPlaces(input.q, { country: input.country, limit: input.limit })),
})

import { z } from 'zod'
import { INSTITUTION_KINDS, LOCATION_PRECISIONS } from './constants'
import { countryCodeSchema } from './country'
import { factSchema } from './fact'
import { idSchema } from './id'
import { httpUrlSchema } from './text'

export const institutionKindSchema = z.enum(INSTITUTION_KINDS)
const locationPrecisionSchema = z.enum(LOCATION_PRECISIONS)

/** What the map and the lists need of an institution. */
export const institutionSummarySchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(300),
  nativeName: z.string().min(1).max(300).nullable(),
  altNames: z.array(z.string().min(1).max(300)).max(20),
  kind: institutionKindSchema,
  country: countryCodeSchema,
  city: z.string().min(1).max(200),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  precision: locationPrecisionSchema,
})

export type InstitutionSummary = z.infer<typeof institutionSummarySchema>
export type InstitutionKind = z.infer<typeof institutionKindSchema>
export type LocationPrecision = z.infer<typeof locationPrecisionSchema>

/**
 * An institution as the seed data and, later, the editors write it. `coordinateSourceId` names the source its
 * coordinate (and place) is taken from; null only for a record written before coordinates were cited.
 */
export const institutionSchema = institutionSummarySchema.extend({
  website: httpUrlSchema.nullable(),
  sourceIds: z.array(idSchema).min(1),
  coordinateSourceId: idSchema.nullable(),
  facts: z.array(factSchema),
})

export type Institution = z.infer<typeof institutionSchema>

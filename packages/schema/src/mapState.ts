import { z } from 'zod'
import { LIMITS } from './constants'
import { countryCodeSchema } from './country'
import { idSchema } from './id'
import { linkKindSchema } from './link'

/** Where the map looks: centre, zoom, and the camera's bearing and pitch. */
export const mapViewSchema = z.object({
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-85.06).max(85.06),
  zoom: z.number().min(0).max(22),
  bearing: z.number().min(-180).max(360),
  pitch: z.number().min(0).max(85),
})

export type MapView = z.infer<typeof mapViewSchema>

/**
 * Which links the map shows (the web app's filter, also stored in tour stops). null and [] mean "no restriction"
 * as documented on the web app's AtlasFilter.
 */
export const mapFilterSchema = z.object({
  initiatives: z.array(idSchema).max(LIMITS.filterItems).nullable(),
  countries: z.array(countryCodeSchema).max(LIMITS.filterItems),
  linkKinds: z.array(linkKindSchema).nullable(),
  yearFrom: z.number().int().min(1800).max(2200).nullable(),
  yearTo: z.number().int().min(1800).max(2200).nullable(),
})

export const selectionSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('institution'), id: idSchema }),
    z.object({ type: z.literal('link'), id: idSchema }),
    z.object({ type: z.literal('country'), code: countryCodeSchema }),
  ])
  .nullable()

export type Selection = z.infer<typeof selectionSchema>

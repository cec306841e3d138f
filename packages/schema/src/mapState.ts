import { z } from 'zod'
import { countryCodeSchema } from './country'
import { idSchema } from './id'

/** Where the map looks: centre, zoom, and the camera's bearing and pitch. */
export const mapViewSchema = z.object({
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-85.06).max(85.06),
  zoom: z.number().min(0).max(22),
  bearing: z.number().min(-180).max(360),
  pitch: z.number().min(0).max(85),
})

export type MapView = z.infer<typeof mapViewSchema>

export const selectionSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('institution'), id: idSchema }),
    z.object({ type: z.literal('link'), id: idSchema }),
    z.object({ type: z.literal('country'), code: countryCodeSchema }),
    z.object({ type: z.literal('group'), id: idSchema }),
  ])
  .nullable()

export type Selection = z.infer<typeof selectionSchema>

import { z } from 'zod'
import { idSchema } from './id'
import { mapFilterSchema, mapViewSchema, selectionSchema } from './mapState'

/** One stop of a tour: what the audience reads, and the map state that shows it. */
export const tourStopSchema = z.object({
  title: z.string().min(1).max(200),
  caption: z.string().min(1).max(600),
  view: mapViewSchema,
  filter: mapFilterSchema,
  selection: selectionSchema,
})

export type TourStop = z.infer<typeof tourStopSchema>

export const tourSchema = z.object({
  id: idSchema,
  title: z.string().min(1).max(200),
  description: z.string().min(1).max(1000),
  /** The initiative the tour presents, for listing tours beside their initiative. */
  initiativeId: idSchema.nullable(),
  sourceIds: z.array(idSchema).min(1),
  stops: z.array(tourStopSchema).min(1).max(100),
})

export type Tour = z.infer<typeof tourSchema>

export const tourSummarySchema = tourSchema.omit({ stops: true }).extend({ stopCount: z.number().int() })

export type TourSummary = z.infer<typeof tourSummarySchema>

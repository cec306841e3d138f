import { z } from 'zod'
import { LIMITS } from './constants'
import { linkFilterSchema } from './filter'
import { idSchema } from './id'
import { mapViewSchema, selectionSchema } from './mapState'
import { translationsSchema } from './translations'

const title = z.string().min(1).max(200)
const caption = z.string().min(1).max(600)
const description = z.string().min(1).max(1000)

/** A stop's title and caption in the content languages. */
export const tourStopTranslationsSchema = translationsSchema({ title, caption })

/** A tour's title and description in the content languages. */
export const tourTranslationsSchema = translationsSchema({ title, description })

/**
 * One stop of a tour: what the audience reads, and the map state that shows it. The map frames what the stop is
 * about on whatever screen shows it (web: present/stopSubjects.ts); `view` is where it looks until that is known,
 * and its zoom the closest a framed stop comes.
 */
export const tourStopSchema = z.object({
  title,
  caption,
  view: mapViewSchema,
  filter: linkFilterSchema,
  selection: selectionSchema,
  /**
   * The institutions the stop is about (those its caption names), for the map to frame. Without it the map frames
   * the selection and what the filter shows. Optional, so that stops stored before it stay valid.
   */
  focus: z.array(idSchema).min(1).max(LIMITS.filterItems).optional(),
  /** Shows `view` exactly, on every screen, instead of framing the stop: for an author who wants one camera. */
  pinned: z.boolean().optional(),
  /** Optional, so that stops stored before it stay valid; a reader gives `{}` for none. */
  translations: tourStopTranslationsSchema.optional(),
})

export type TourStop = z.infer<typeof tourStopSchema>

export const tourSchema = z.object({
  id: idSchema,
  title,
  description,
  /** The initiative the tour presents, for listing tours beside their initiative. */
  initiativeId: idSchema.nullable(),
  sourceIds: z.array(idSchema).min(1),
  stops: z.array(tourStopSchema).min(1).max(100),
  /** Optional, so that records written before it stay valid; a reader gives `{}` for none. */
  translations: tourTranslationsSchema.optional(),
})

export type Tour = z.infer<typeof tourSchema>

export const tourSummarySchema = tourSchema.omit({ stops: true }).extend({ stopCount: z.number().int() })

export type TourSummary = z.infer<typeof tourSummarySchema>

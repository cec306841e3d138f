import { router } from '../trpc'
import { groupRouter } from './group'
import { initiativeRouter } from './initiative'
import { institutionRouter } from './institution'
import { linkRouter } from './link'
import { sourceRouter } from './source'
import { statsRouter } from './stats'
import { tourRouter } from './tour'

export const appRouter = router({
  initiative: initiativeRouter,
  institution: institutionRouter,
  link: linkRouter,
  group: groupRouter,
  stats: statsRouter,
  source: sourceRouter,
  tour: tourRouter,
})

export type AppRouter = typeof appRouter

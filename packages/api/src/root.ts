import { authRouter } from './router/auth'
import { groupRouter } from './router/group'
import { historyRouter } from './router/history'
import { initiativeRouter } from './router/initiative'
import { institutionRouter } from './router/institution'
import { linkRouter } from './router/link'
import { placeRouter } from './router/place'
import { sourceRouter } from './router/source'
import { statsRouter } from './router/stats'
import { tourRouter } from './router/tour'
import { userRouter } from './router/user'
import { router } from './trpc'

/** Every area's router under its name: the api the web app calls. */
export const appRouter = router({
  initiative: initiativeRouter,
  institution: institutionRouter,
  link: linkRouter,
  group: groupRouter,
  stats: statsRouter,
  source: sourceRouter,
  tour: tourRouter,
  auth: authRouter,
  user: userRouter,
  history: historyRouter,
  place: placeRouter,
})

export type AppRouter = typeof appRouter

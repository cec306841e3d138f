import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server'
import type { AppRouter } from './root'

export { SESSION_COOKIE, sessionTokenOf } from './auth/cookie'
export { createSignInToken } from './auth/signInLink'
export { anonymousVisitor, type Visitor } from './auth/visitor'
export { createContext } from './context'
export { type DatabaseTrouble, databaseTrouble, TROUBLE_MESSAGES } from './databaseTrouble'
export { DeadlineExceeded, withDeadline } from './deadline'
export { assertKnownInitiatives } from './knownInitiatives'
export { type AppRouter, appRouter } from './root'
export type { Context } from './trpc'
export { currentAccount } from './trpc'

/** What each procedure takes, e.g. `RouterInputs['link']['list']`. */
export type RouterInputs = inferRouterInputs<AppRouter>
/** What each procedure gives, e.g. `RouterOutputs['institution']['get']`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>

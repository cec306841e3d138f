import type { Database, DatabaseMonitor, Engine } from '@atlas/db'
import { describeIssues } from '@atlas/schema'
import { initTRPC, TRPCError } from '@trpc/server'
import type { Kysely } from 'kysely'
import { ZodError } from 'zod'
import { databaseTrouble, TROUBLE_MESSAGES } from './databaseTrouble'
import { DeadlineExceeded, withDeadline } from './deadline'

export interface Context {
  db: Kysely<Database>
  engine: Engine
  monitor: DatabaseMonitor
  /** A procedure that takes longer answers 503: the client should try again rather than wait. */
  requestTimeoutMs: number
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    // Input that fails the shared schema answers 400 with one sentence per field, not zod's raw issue list.
    const message = error.cause instanceof ZodError ? describeIssues(error.cause.issues) : shape.message
    const hidden = error.code === 'INTERNAL_SERVER_ERROR'
    return {
      ...shape,
      message: hidden ? 'internal error' : message,
      data: { ...shape.data, stack: undefined },
    }
  },
})

/**
 * An outage or overload of the database answers 503 (try again later), not 500: the request was fine. A procedure
 * that outlives the deadline answers 503 too, and its late result is dropped.
 */
const guardDatabase = t.middleware(async ({ ctx, next }) => {
  const result = await withDeadline(next(), ctx.requestTimeoutMs).catch((error: unknown) => {
    if (error instanceof DeadlineExceeded) {
      throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: TROUBLE_MESSAGES.busy, cause: error })
    }
    throw error
  })
  if (result.ok) return result
  const trouble = databaseTrouble(result.error.cause)
  if (trouble) {
    throw new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: TROUBLE_MESSAGES[trouble],
      cause: result.error,
    })
  }
  return result
})

export const router = t.router
/**
 * Each procedure also declares its answer with `.output()` and the shared schema, so a row the database holds but
 * the schema forbids fails here as a 500 rather than reaching the web app as a well-typed lie.
 */
export const publicProcedure = t.procedure.use(guardDatabase)

export function notFound(what: string, id: string): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: `${what} "${id}" does not exist` })
}

export function badRequest(message: string): TRPCError {
  return new TRPCError({ code: 'BAD_REQUEST', message })
}

import type { Database, Engine } from '@atlas/db'
import { describeIssues } from '@atlas/schema'
import { initTRPC, TRPCError } from '@trpc/server'
import type { Kysely } from 'kysely'
import { ZodError } from 'zod'
import { isDatabaseUnavailable } from './databaseOutage'

export interface Context {
  db: Kysely<Database>
  engine: Engine
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

/** An outage of the database answers 503 (try again later), not 500: the request was fine. */
const reportOutage = t.middleware(async ({ next }) => {
  const result = await next()
  if (!result.ok && isDatabaseUnavailable(result.error.cause)) {
    throw new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: 'the database cannot be reached',
      cause: result.error,
    })
  }
  return result
})

export const router = t.router
export const publicProcedure = t.procedure.use(reportOutage)

export function notFound(what: string, id: string): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: `${what} "${id}" does not exist` })
}

export function badRequest(message: string): TRPCError {
  return new TRPCError({ code: 'BAD_REQUEST', message })
}

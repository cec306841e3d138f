import {
  type Database,
  type DatabaseMonitor,
  EditConflict,
  type Engine,
  findSessionAccount,
  RecordInUse,
} from '@atlas/db'
import { type Account, describeIssues, type UserRole } from '@atlas/schema'
import { initTRPC, TRPCError } from '@trpc/server'
import type { Kysely } from 'kysely'
import { ZodError } from 'zod'
import { hashToken } from './auth/tokens'
import type { Visitor } from './auth/visitor'
import { databaseTrouble, TROUBLE_MESSAGES } from './databaseTrouble'
import { DeadlineExceeded, withDeadline } from './deadline'
import { editError } from './editErrors'

export interface Context {
  db: Kysely<Database>
  engine: Engine
  monitor: DatabaseMonitor
  /** A procedure that takes longer answers 503: the client should try again rather than wait. */
  requestTimeoutMs: number
  visitor: Visitor
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    // Input that fails the shared schema answers 400 with one sentence per field, not zod's raw issue list.
    const message = error.cause instanceof ZodError ? describeIssues(error.cause.issues) : shape.message
    const hidden = error.code === 'INTERNAL_SERVER_ERROR'
    // A refused save carries what the editor needs next: the current record, or what uses the one to delete.
    const conflict =
      error.cause instanceof EditConflict
        ? { current: error.cause.current, version: error.cause.version }
        : undefined
    const dependents = error.cause instanceof RecordInUse ? error.cause.dependents : undefined
    return {
      ...shape,
      message: hidden ? 'internal error' : message,
      data: { ...shape.data, stack: undefined, conflict, dependents },
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

/** The signed-in account, or null: found once per request from the session cookie. */
export async function currentAccount(ctx: Context): Promise<Account | null> {
  const token = ctx.visitor.sessionToken
  if (!token) return null
  return (await findSessionAccount(ctx.db, hashToken(token), new Date())) ?? null
}

function requireRole(role: UserRole) {
  return t.middleware(async ({ ctx, next }) => {
    const account = await currentAccount(ctx)
    if (!account) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'sign in to change the atlas' })
    if (role === 'admin' && account.role !== 'admin') {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'only an admin may do this' })
    }
    return next({ ctx: { account } })
  })
}

const explainEdits = t.middleware(async ({ next }) => {
  const result = await next()
  if (!result.ok) {
    const explained = editError(result.error.cause)
    if (explained) throw explained
  }
  return result
})

/** A change to the data: 401 without a session, and nothing changes. */
export const editorProcedure = publicProcedure.use(requireRole('editor')).use(explainEdits)
/** Accounts and restoring versions: 403 for an editor. */
export const adminProcedure = publicProcedure.use(requireRole('admin')).use(explainEdits)

export function notFound(what: string, id: string): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: `${what} "${id}" does not exist` })
}

export function badRequest(message: string): TRPCError {
  return new TRPCError({ code: 'BAD_REQUEST', message })
}

import { EditConflict, RecordExists, RecordInUse, RecordMissing } from '@atlas/db'
import { TRPCError } from '@trpc/server'

const COLUMN_FIELDS: Record<string, string> = {
  source_id: 'sourceId',
  coordinate_source_id: 'coordinateSourceId',
  initiative_id: 'initiatives',
  institution_id: 'members',
  from_id: 'from',
  to_id: 'to',
  seat_id: 'seatId',
  founded_at_id: 'foundedAtId',
  parent_id: 'parentId',
}

function sqlState(error: unknown): { code?: string; detail?: string } {
  return typeof error === 'object' && error !== null ? (error as { code?: string; detail?: string }) : {}
}

/**
 * A refused write as the editor reads it: a stale version is 409 with the current record, a record in use 412 with
 * what uses it, a reference to a record that does not exist 400 naming the field. Undefined for anything else.
 */
export function editError(error: unknown): TRPCError | undefined {
  if (error instanceof EditConflict)
    return new TRPCError({ code: 'CONFLICT', message: error.message, cause: error })
  if (error instanceof RecordInUse) {
    return new TRPCError({ code: 'PRECONDITION_FAILED', message: error.message, cause: error })
  }
  if (error instanceof RecordMissing) return new TRPCError({ code: 'NOT_FOUND', message: error.message })
  if (error instanceof RecordExists) return new TRPCError({ code: 'BAD_REQUEST', message: error.message })
  const { code, detail } = sqlState(error)
  if (code === '23503' && detail) {
    // "Key (source_id)=(x) is not present in table "sources"."
    const match = /Key \((\w+)\)=\((.*)\) is not present in table "(\w+)"/.exec(detail)
    if (match) {
      const [, column = '', value, table] = match
      return new TRPCError({
        code: 'BAD_REQUEST',
        message: `${COLUMN_FIELDS[column] ?? column}: "${value}" is not in ${table}`,
        cause: error,
      })
    }
  }
  return undefined
}

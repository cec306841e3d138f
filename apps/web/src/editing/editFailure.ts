import type { AppRouter } from '@atlas/api'
import { isTRPCClientError } from '@trpc/client'
import { t } from '../i18n/translate'
import { complaintsOfMessage, type FormErrors, placeComplaints } from './fieldErrors'

/** A record that uses the one being deleted, as the server names it. */
export interface Dependent {
  entity: string
  id: string
  name: string
}

/**
 * Why the server refused a change, as a form shows it: another editor saved first (with their record and its
 * version), the record is in use (with what uses it), or a message per field and the rest.
 */
export type EditFailure =
  | { kind: 'conflict'; current: unknown; version: number }
  | { kind: 'inUse'; message: string; dependents: Dependent[] }
  | { kind: 'refused'; errors: FormErrors }

/**
 * Reads a failed mutation. `fields` are the fields the form shows (fieldErrors.ts places the 400's complaints
 * next to them), under `prefix` where the record is a part of the form (an inline new source).
 */
export function editFailure(
  error: unknown,
  fields: readonly string[],
  prefix: readonly string[] = [],
): EditFailure {
  if (!isTRPCClientError<AppRouter>(error)) throw error
  const data = error.data
  if (data?.code === 'CONFLICT' && data.conflict) {
    return { kind: 'conflict', current: data.conflict.current, version: data.conflict.version }
  }
  if (data?.code === 'PRECONDITION_FAILED' && data.dependents) {
    return { kind: 'inUse', message: error.message, dependents: data.dependents }
  }
  // Without an error shape no tRPC server answered: the browser's own words for it say little.
  if (!error.shape) return { kind: 'refused', errors: { fields: {}, other: [t('status.unreachable')] } }
  const complaints =
    data?.code === 'BAD_REQUEST' ? complaintsOfMessage(error.message) : [{ path: [], message: error.message }]
  return {
    kind: 'refused',
    errors: placeComplaints(
      complaints.map((complaint) => ({
        ...complaint,
        path: complaint.path.length > 0 ? [...prefix, ...complaint.path] : [],
      })),
      fields,
    ),
  }
}

/**
 * A mutation's `onError` for a form that only shows refusals (signing in, choosing a password, inviting): the
 * complaints go beside `fields`, as `editFailure` places them.
 */
export function showRefusal(fields: readonly string[], setErrors: (errors: FormErrors) => void) {
  return (error: unknown) => {
    const failure = editFailure(error, fields)
    if (failure.kind === 'refused') setErrors(failure.errors)
  }
}

import { TRPCClientError } from '@trpc/client'
import { describe, expect, it } from 'vitest'
import { editFailure } from './editFailure'

/** A refusal as the tRPC client receives it from the server's error formatter. */
function refusal(code: string, httpStatus: number, message: string, extra: Record<string, unknown> = {}) {
  return TRPCClientError.from({ error: { message, code: -32600, data: { code, httpStatus, ...extra } } })
}

describe('editFailure', () => {
  it('reads a stale save as a conflict with the current record and its version', () => {
    const error = refusal('CONFLICT', 409, 'someone else saved', {
      conflict: { current: { id: 'x' }, version: 3 },
    })
    expect(editFailure(error, [])).toEqual({ kind: 'conflict', current: { id: 'x' }, version: 3 })
  })

  it('reads a deletion refused as what uses the record', () => {
    const dependents = [{ entity: 'link', id: 'a-b', name: 'A – B' }]
    const error = refusal('PRECONDITION_FAILED', 412, 'in use', { dependents })
    expect(editFailure(error, [])).toEqual({ kind: 'inUse', message: 'in use', dependents })
  })

  it('places a 400 next to the field its message names, under a part’s prefix', () => {
    const error = refusal('BAD_REQUEST', 400, 'lat: the point is not in Zambia (ZM); it lies in Malawi (MW)')
    expect(editFailure(error, ['lat'])).toEqual({
      kind: 'refused',
      errors: { fields: { lat: 'the point is not in Zambia (ZM); it lies in Malawi (MW)' }, other: [] },
    })
    const sourceError = refusal('BAD_REQUEST', 400, 'id: source "x" already exists; choose another id')
    expect(editFailure(sourceError, ['source.id'], ['source'])).toEqual({
      kind: 'refused',
      errors: { fields: { 'source.id': 'source "x" already exists; choose another id' }, other: [] },
    })
  })

  it('keeps any other refusal whole, as a message of the form', () => {
    const error = refusal('UNAUTHORIZED', 401, 'sign in to change the atlas')
    expect(editFailure(error, ['lat'])).toEqual({
      kind: 'refused',
      errors: { fields: {}, other: ['sign in to change the atlas'] },
    })
  })
})

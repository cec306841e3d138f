import { useCallback, useState } from 'react'
import { type EditFailure, editFailure } from './editFailure'
import { type FormErrors, NO_ERRORS } from './fieldErrors'

/** Another editor's save that came first: their record and the version a save over it must name. */
export interface Conflict {
  current: unknown
  version: number
}

/** What a form holds of its record while it is edited (useEditSession), for the parts that share it. */
export type EditSession<Draft> = ReturnType<typeof useEditSession<Draft>>

/**
 * A form's record while it is edited: the draft, the version it was read at (null for a new record), and what the
 * last attempt to save said. `run` performs one request and reads its failure: a stale version becomes `conflict`
 * (the form shows theirs beside the draft, and nothing is lost), anything else the errors by field.
 */
export function useEditSession<Draft>(
  initial: Draft,
  initialVersion: number | null,
  fields: readonly string[],
) {
  const [draft, setDraft] = useState(initial)
  const [version, setVersion] = useState(initialVersion)
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS)
  const [conflict, setConflict] = useState<Conflict | null>(null)
  const [pending, setPending] = useState(false)

  const patch = useCallback(
    (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes })),
    [],
  )

  /** Runs one request; null when it failed, with the failure shown. `prefix` places a part's errors (`source`). */
  const run = useCallback(
    async <T>(task: () => Promise<T>, prefix: readonly string[] = []): Promise<T | null> => {
      setPending(true)
      try {
        const result = await task()
        setErrors(NO_ERRORS)
        return result
      } catch (error) {
        const failure: EditFailure = editFailure(error, fields, prefix)
        if (failure.kind === 'conflict') setConflict({ current: failure.current, version: failure.version })
        else if (failure.kind === 'inUse') setErrors({ fields: {}, other: [failure.message] })
        else setErrors(failure.errors)
        return null
      } finally {
        setPending(false)
      }
    },
    [fields],
  )

  return {
    draft,
    patch,
    version,
    errors,
    setErrors,
    pending,
    conflict,
    run,
    /** Starts again from the other editor's record, at its version. */
    takeTheirs(toDraft: (current: unknown) => Draft | null) {
      if (!conflict) return
      const theirs = toDraft(conflict.current)
      if (theirs) setDraft(theirs)
      setVersion(conflict.version)
      setConflict(null)
      setErrors(NO_ERRORS)
    },
    /** Keeps the draft and names their version, so that the next save replaces their record knowingly. */
    keepMine() {
      if (!conflict) return
      setVersion(conflict.version)
      setConflict(null)
    },
  }
}

import type { SourceDocument } from '@atlas/schema'
import { useState } from 'react'
import { trpcClient } from '../trpc'

/** A session's `run` (useEditSession): one request, null when it failed with the failure shown. */
type Run = <T>(task: () => Promise<T>, prefix?: readonly string[]) => Promise<T | null>

/** A form's new source and its creation (useNewSource), for the save that makes it. */
export type NewSource = ReturnType<typeof useNewSource>

/**
 * The source an editor writes inside a form (SourcePicker's "New source…"), and its creation just before the
 * record that cites it: once made it is dropped from the form, the caller keeping its id among the chosen, so that
 * another try after a refused save does not make it twice.
 */
export function useNewSource(run: Run) {
  const [newSource, setNewSource] = useState<SourceDocument | null>(null)
  return {
    newSource,
    setNewSource,
    /** Creates the checked source, if there is one; false when the server refused it (shown under `source.`). */
    async create(source: SourceDocument | null): Promise<boolean> {
      if (!source) return true
      const created = await run(() => trpcClient.source.create.mutate({ record: source }), ['source'])
      if (!created) return false
      setNewSource(null)
      return true
    },
  }
}

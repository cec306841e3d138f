import { useState } from 'react'

export type ExportState = { status: 'idle' } | { status: 'busy' } | { status: 'failed'; message: string }

/** An export in progress: one at a time, and the reason when it fails (ExportFailure shows it). */
export function useExportTask(): [ExportState, (task: () => Promise<void>) => void] {
  const [state, setState] = useState<ExportState>({ status: 'idle' })
  const run = (task: () => Promise<void>) => {
    if (state.status === 'busy') return
    setState({ status: 'busy' })
    task().then(
      () => setState({ status: 'idle' }),
      (error: unknown) =>
        setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    )
  }
  return [state, run]
}

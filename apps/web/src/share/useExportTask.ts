import { useMutation } from '@tanstack/react-query'
import { queryClient } from '../trpc'

/**
 * An export as a mutation: one runs at a time (a click while it runs does nothing), and `task` holds whether it is
 * running and why the last one failed (ExportFailure shows it).
 */
export function useExportTask<Input>(exportFile: (input: Input) => Promise<void>) {
  const task = useMutation<void, unknown, Input>(
    // The export is given its input alone, not the mutation's context beside it.
    { mutationFn: (input) => exportFile(input) },
    // The app's client, named rather than found in context: the share dialog's parts also render on their own,
    // without a QueryClientProvider (their component tests render them so).
    queryClient,
  )
  const run = (input: Input) => {
    if (!task.isPending) task.mutate(input)
  }
  return { task, run }
}

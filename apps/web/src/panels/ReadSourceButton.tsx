import { useSuspenseQuery } from '@tanstack/react-query'
import { Suspense, useState } from 'react'
import { EditSourceButton } from '../editing/EditSourceButton'
import { t } from '../i18n/translate'
import { useTRPC } from '../trpc'
import { Dialog } from './Dialog'
import { ErrorBoundary } from './ErrorBoundary'
import { SourceText } from './SourceText'

interface Props {
  sourceId: string
  /** The sentence to mark in the source, where a fact quotes it. */
  excerpt?: string | null
  /** The button's words: "Read the source" in a source list, "Show in the source" beside a fact. */
  label: string
}

/**
 * A button that opens the source reader: the source's stored text (fetched only then, since lists carry no
 * texts) with the quoted sentence marked, in a dialog.
 */
export function ReadSourceButton({ sourceId, excerpt = null, label }: Props) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="link-button small" onClick={() => setOpen(true)}>
        {label}
      </button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        heading={t('source.readerHeading')}
        className="source-reader"
      >
        <ErrorBoundary
          fallback={(error) => <p role="alert">{t('status.partFailed', { message: error.message })}</p>}
        >
          <Suspense fallback={<p className="hint">{t('status.loadingPart')}</p>}>
            <LoadedSource sourceId={sourceId} excerpt={excerpt} />
          </Suspense>
        </ErrorBoundary>
        <EditSourceButton sourceId={sourceId} onOpen={() => setOpen(false)} />
      </Dialog>
    </>
  )
}

function LoadedSource({ sourceId, excerpt }: { sourceId: string; excerpt: string | null }) {
  const trpc = useTRPC()
  const { data: source } = useSuspenseQuery(
    trpc.source.get.queryOptions({ id: sourceId }, { staleTime: Number.POSITIVE_INFINITY }),
  )
  return <SourceText source={source} excerpt={excerpt} />
}

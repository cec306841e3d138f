import type { AppRouter } from '@atlas/api'
import { isTRPCClientError } from '@trpc/client'
import { type ReactNode, Suspense } from 'react'
import { t } from '../i18n/translate'
import { ErrorBoundary } from './ErrorBoundary'

interface Props {
  /** What is known before the record arrives (its heading from the lists already loaded), shown while it loads. */
  known: ReactNode
  children: ReactNode
}

/**
 * One record's details while they load: what is already known and a line saying so, then the details; a record the
 * server does not know says so, and any other error goes on to the panel's LoadBoundary.
 */
export function RecordLoader({ known, children }: Props) {
  return (
    <ErrorBoundary fallback={notFoundOnly}>
      <Suspense
        fallback={
          <>
            {known}
            <p className="hint">{t('status.loadingPart')}</p>
          </>
        }
      >
        {children}
      </Suspense>
    </ErrorBoundary>
  )
}

function notFoundOnly(error: Error): ReactNode {
  if (isTRPCClientError<AppRouter>(error) && error.data?.code === 'NOT_FOUND') {
    return <p className="hint">{t('details.notFound')}</p>
  }
  throw error
}

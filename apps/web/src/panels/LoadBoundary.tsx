import type { ReactNode } from 'react'
import { t } from '../i18n/translate'
import { ErrorBoundary } from './ErrorBoundary'

interface Props {
  children: ReactNode
  /** The sentence that says what failed, given the error's message. */
  describe?: (message: string) => string
  onRetry?: () => void
}

/** Shows what went wrong in one part of the page (a chunk that did not load, a panel that threw) with a Retry. */
export function LoadBoundary({
  children,
  describe = (message) => t('status.partFailed', { message }),
  onRetry,
}: Props) {
  return (
    <ErrorBoundary
      fallback={(error, retry) => (
        <div className="notice notice-error" role="alert">
          <p>{describe(error.message)}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              onRetry?.()
              retry()
            }}
          >
            {t('action.retry')}
          </button>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  )
}

import { Component, type ReactNode } from 'react'
import { t } from '../i18n/translate'

interface Props {
  children: ReactNode
  /** The sentence that says what failed, given the error's message. */
  describe?: (message: string) => string
  onRetry?: () => void
}

/** Shows what went wrong in one part of the page (a chunk that did not load, a panel that threw) with a Retry. */
export class LoadBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null }

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override render() {
    const { error } = this.state
    if (!error) return this.props.children
    const describe = this.props.describe ?? ((message: string) => t('status.partFailed', { message }))
    return (
      <div className="notice notice-error" role="alert">
        <p>{describe(error.message)}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            this.props.onRetry?.()
            this.setState({ error: null })
          }}
        >
          {t('action.retry')}
        </button>
      </div>
    )
  }
}

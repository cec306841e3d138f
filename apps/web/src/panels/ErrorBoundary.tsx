import { Component, type ReactNode } from 'react'

interface Props {
  children: ReactNode
  /**
   * What shows instead of the children once they threw; `retry` renders them again. A fallback that throws passes
   * the error on to the boundary above (React's rule), so a part can explain some errors and leave the rest.
   */
  fallback(error: Error, retry: () => void): ReactNode
}

/** React's error boundary, which only a class can be, taking what to show in place of what threw. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null }

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override render() {
    const { error } = this.state
    return error ? this.props.fallback(error, () => this.setState({ error: null })) : this.props.children
  }
}

import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { t } from '../i18n/translate'

interface Props<Data> {
  query: UseQueryResult<Data, { message: string }>
  /** What to show once the data has come. */
  children(data: Data): ReactNode
}

/** A query's data once it has come: until then a line saying it loads, or why it failed, the same in every form. */
export function Loaded<Data>({ query, children }: Props<Data>) {
  if (query.isError) return <p role="alert">{t('status.partFailed', { message: query.error.message })}</p>
  if (!query.data) return <p className="hint">{t('status.loadingPart')}</p>
  return children(query.data)
}

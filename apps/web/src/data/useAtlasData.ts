import type { Group, InitiativeWithCounts, InstitutionSummary, Link } from '@atlas/schema'
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { t } from '../i18n/translate'
import { useTRPC } from '../trpc'

export interface AtlasData {
  institutions: InstitutionSummary[]
  links: Link[]
  groups: Group[]
  initiatives: InitiativeWithCounts[]
}

export type AtlasDataState =
  | { status: 'pending' }
  | { status: 'error'; message: string; retry(): void }
  | { status: 'ready'; data: AtlasData }

// The client filters what it holds, so everything is fetched once, unfiltered, and kept for the session.
const once = { staleTime: Number.POSITIVE_INFINITY } as const

/** The whole atlas, as four requests that the tRPC client batches into one. */
export function useAtlasData(): AtlasDataState {
  const trpc = useTRPC()
  const queries = [
    useQuery(trpc.institution.list.queryOptions(undefined, once)),
    useQuery(trpc.link.list.queryOptions(undefined, once)),
    useQuery(trpc.group.list.queryOptions(undefined, once)),
    useQuery(trpc.initiative.list.queryOptions(undefined, once)),
  ] as const
  const [institutions, links, groups, initiatives] = queries
  // One object for as long as the four lists stay the same, so that what is computed from it is computed once.
  const data = useMemo(
    () =>
      institutions.data && links.data && groups.data && initiatives.data
        ? {
            institutions: institutions.data,
            links: links.data,
            groups: groups.data,
            initiatives: initiatives.data,
          }
        : null,
    [institutions.data, links.data, groups.data, initiatives.data],
  )
  const failed = queries.find((query) => query.isError)
  if (failed?.error) {
    // Without an error shape no tRPC server answered: the network or the server is down, and the browser's own
    // words for it ("Failed to fetch") say little.
    return {
      status: 'error',
      message: failed.error.shape
        ? t('status.loadFailed', { message: failed.error.message })
        : t('status.unreachable'),
      retry: () => {
        for (const query of queries) if (query.isError) void query.refetch()
      },
    }
  }
  if (data) return { status: 'ready', data }
  return { status: 'pending' }
}

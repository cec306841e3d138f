import type { AppRouter } from '@atlas/api'
import {
  decodeLinkColumns,
  type Group,
  type InitiativeWithCounts,
  type InstitutionSummary,
  type Link,
} from '@atlas/schema'
import { type UseQueryResult, useQueries } from '@tanstack/react-query'
import type { TRPCClientErrorLike } from '@trpc/client'
import { t } from '../i18n/translate'
import { useTRPC } from '../trpc'
import { AnsweredError, fetchLinkColumns } from './fetchLinkColumns'

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

type ListResult<Item> = UseQueryResult<Item[], TRPCClientErrorLike<AppRouter>>
type AtlasLists = [
  ListResult<InstitutionSummary>,
  UseQueryResult<Link[], Error>,
  ListResult<Group>,
  ListResult<InitiativeWithCounts>,
]

// The client filters what it holds, so everything is fetched once, unfiltered, and kept for the session.
const once = { staleTime: Number.POSITIVE_INFINITY } as const

/** The whole atlas: three lists that the tRPC client batches into one request, and the links in bytes beside it. */
export function useAtlasData(): AtlasDataState {
  const trpc = useTRPC()
  return useQueries({
    queries: [
      trpc.institution.list.queryOptions(undefined, once),
      // The links travel as columns in bytes (a few bytes each, compressed) and become objects here, once per answer.
      { queryKey: ['link-columns'], queryFn: fetchLinkColumns, ...once, select: decodeLinkColumns },
      trpc.group.list.queryOptions(undefined, once),
      trpc.initiative.list.queryOptions(undefined, once),
    ],
    combine: atlasDataState,
  })
}

/**
 * The four lists' states as one. Declared outside the hook, so that useQueries runs it only when a list's state
 * changes; useQueries shares its answer structurally, so the ready data stays one object for as long as the four
 * lists stay the same, and what is computed from it is computed once.
 */
function atlasDataState(lists: AtlasLists): AtlasDataState {
  const failed = lists.find((list) => list.isError)
  if (failed?.error) {
    // Where no server answered, the network or the server is down, and the browser's own words for it ("Failed to
    // fetch") say little.
    return {
      status: 'error',
      message: answered(failed.error)
        ? t('status.loadFailed', { message: failed.error.message })
        : t('status.unreachable'),
      retry: () => {
        for (const list of lists) if (list.isError) void list.refetch()
      },
    }
  }
  const [institutions, links, groups, initiatives] = lists
  if (institutions.data && links.data && groups.data && initiatives.data) {
    return {
      status: 'ready',
      data: {
        institutions: institutions.data,
        links: links.data,
        groups: groups.data,
        initiatives: initiatives.data,
      },
    }
  }
  return { status: 'pending' }
}

/** Whether a server answered the failed request: a tRPC error with its shape, or the link bytes' refusal. */
function answered(error: { message: string }): boolean {
  return error instanceof AnsweredError || ('shape' in error && error.shape !== undefined)
}

import type { AppRouter } from '@atlas/api'
import { LIMITS } from '@atlas/schema'
import { QueryClient } from '@tanstack/react-query'
import { createTRPCClient, httpBatchLink } from '@trpc/client'
import { createTRPCContext } from '@trpc/tanstack-react-query'

export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 60_000, retry: 1 } },
})

/**
 * Every request names the web app (`x-atlas-client: web`): the server refuses a change without it, which a form or
 * a simple fetch from another site cannot add. The session cookie is same-origin, so it goes along by itself.
 */
export const trpcClient = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: '/trpc', maxItems: LIMITS.batchSize, headers: { 'x-atlas-client': 'web' } })],
})

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>()

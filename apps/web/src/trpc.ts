import type { AppRouter } from '@atlas/api'
import { LIMITS } from '@atlas/schema'
import { QueryClient } from '@tanstack/react-query'
import { createTRPCClient, httpBatchLink } from '@trpc/client'
import { createTRPCContext } from '@trpc/tanstack-react-query'

export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 60_000, retry: 1 } },
})

export const trpcClient = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: '/trpc', maxItems: LIMITS.batchSize })],
})

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>()

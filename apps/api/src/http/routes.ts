/** The areas of the server, each with the methods it answers; anything else is 405 with an `Allow` header. */
export type Area = 'trpc' | 'health' | 'addresses' | 'export' | 'import' | 'api' | 'web'

export const ALLOWED_METHODS: Record<Area, readonly string[]> = {
  // tRPC reads with GET; POST is its method for mutations (and answers 405 itself for a query).
  trpc: ['GET', 'POST'],
  health: ['GET', 'HEAD'],
  addresses: ['GET', 'HEAD'],
  export: ['GET', 'HEAD'],
  import: ['POST'],
  api: ['GET', 'HEAD'],
  web: ['GET', 'HEAD'],
}

export function areaOf(pathname: string): Area {
  if (pathname.startsWith('/trpc/')) return 'trpc'
  if (pathname === '/healthz') return 'health'
  if (pathname === '/api/addresses') return 'addresses'
  if (pathname.startsWith('/api/export/')) return 'export'
  if (pathname === '/api/import') return 'import'
  if (pathname.startsWith('/api/')) return 'api'
  return 'web'
}

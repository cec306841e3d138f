import { fileURLToPath } from 'node:url'
import { httpUrlSchema } from '@atlas/schema'
import { z } from 'zod'

// Paths default to the repository's layout; this file and the built dist/ both sit two levels under apps/api.
const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url))

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /**
   * The address the audience opens the atlas at (a domain, a proxy's), which share links, QR codes, embeds and
   * images then name instead of the address the presenter's browser used. Kept as origin and path, ending in `/`.
   */
  PUBLIC_URL: httpUrlSchema
    .transform((value) => {
      const url = new URL(value)
      return `${url.origin}${url.pathname.replace(/\/?$/, '/')}`
    })
    .optional(),
  /** Unset: the embedded PGlite database in DATA_DIR. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default(fromHere('../../../.data/pglite')),
  WEB_DIST: z.string().min(1).default(fromHere('../../web/dist')),
  /** PostgreSQL cancels a statement that runs longer; the request answers 503 with Retry-After. */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  /** A request to the api that takes longer answers 503 with Retry-After instead of hanging. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  /** Requests to the api served at once; more are refused with 503 at once rather than queued. */
  MAX_IN_FLIGHT: z.coerce.number().int().min(1).default(200),
  /** Connections to PostgreSQL in the pool. */
  POOL_SIZE: z.coerce.number().int().min(1).default(10),
  /**
   * Origins besides this one the page may contact, comma-separated: those of an online basemap configured with
   * VITE_BASEMAP_STYLE_URL (its style, tiles, glyphs and sprites). Empty: the page talks to this server only.
   */
  CSP_EXTRA_ORIGINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(httpUrlSchema)),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

export type Env = z.infer<typeof envSchema>

/** The only place that reads process.env. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ')
    throw new Error(`invalid environment: ${problems}`)
  }
  return parsed.data
}

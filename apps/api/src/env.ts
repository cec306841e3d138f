import { fileURLToPath } from 'node:url'
import { z } from 'zod'

// Paths default to the repository's layout; this file and the built dist/ both sit two levels under apps/api.
const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url))

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Unset: the embedded PGlite database in DATA_DIR. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default(fromHere('../../../.data/pglite')),
  WEB_DIST: z.string().min(1).default(fromHere('../../web/dist')),
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

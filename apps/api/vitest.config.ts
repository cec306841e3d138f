import { defineConfig } from 'vitest/config'

// Each test file starts its own databases, PGlite ones from the migrated and seeded copies the global setup makes.
export default defineConfig({
  test: { testTimeout: 60_000, hookTimeout: 120_000, globalSetup: ['@atlas/db/testTemplates'] },
})

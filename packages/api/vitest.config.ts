import { defineConfig } from 'vitest/config'

// Each test file starts its own databases (PGlite takes a few seconds to boot in WASM).
export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 120_000 } })

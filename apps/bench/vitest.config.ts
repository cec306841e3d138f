import { defineConfig } from 'vitest/config'

// The smoke run starts databases, a server and Chromium.
export default defineConfig({ test: { testTimeout: 600_000, hookTimeout: 600_000 } })

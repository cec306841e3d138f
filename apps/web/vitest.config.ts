import { defineConfig } from 'vitest/config'

// Unit tests sit beside the code in src/; end-to-end tests in e2e/ drive Chromium against the production build.
// End-to-end files run side by side like the unit tests (one per core): each has its own server, database and
// browser, and most of their time is spent waiting for the map to settle.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.{ts,tsx}'] } },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})

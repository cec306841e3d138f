import { defineConfig } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * The end-to-end files that take longest (a minute or two each in CI), started first, so that none of them is left
 * running alone at the end of the run; the rest keep Vitest's order (the slowest last time, else the largest).
 */
const LONGEST_E2E = ['locales', 'presenting', 'dashboard', 'curation']

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = LONGEST_E2E.findIndex((name) => file.moduleId.endsWith(`/e2e/${name}.e2e.test.ts`))
      return index === -1 ? LONGEST_E2E.length : index
    }
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b))
  }
}

// Unit tests sit beside the code in src/; end-to-end tests in e2e/ drive Chromium against the production build.
// End-to-end files run side by side like the unit tests (one per core): each has its own server, database and
// browser, and most of their time is spent waiting for the map to settle.
export default defineConfig({
  test: {
    sequence: { sequencer: LongestFirst },
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

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
// Files run three at a time on two cores: end-to-end files (each with its own server, database and browser) spend
// much of their time waiting for the map to settle, and the unit tests fill those waits rather than queue behind.
export default defineConfig({
  test: {
    maxWorkers: 3,
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

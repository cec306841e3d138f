import { cleanup, type RenderResult, render } from '@testing-library/react'
import { type UserEvent, userEvent } from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { afterEach } from 'vitest'

// Vitest runs without globals here, so Testing Library cannot register its own resets: this does, for every test
// file that renders through this helper, so that each test starts on an empty page with an empty clipboard.
afterEach(async () => {
  cleanup()
  await navigator.clipboard.writeText('')
})

/**
 * Renders a component into the page (a component test says `// @vitest-environment happy-dom` at its top) with
 * a user to drive it: clicks and keys as a person's, and user-event's stand-in for the clipboard. The components
 * need no provider: messages come from i18n/translate.ts, and exports run on the app's own query client.
 */
export function renderWithUser(ui: ReactElement): RenderResult & { user: UserEvent } {
  return { user: userEvent.setup(), ...render(ui) }
}

import { vi } from 'vitest'
import type { Editing } from '../editing/EditingContext'

/** An editor signed in. */
export const EDITOR_ACCOUNT = { id: 'u1', email: 'ed@example.org', name: null, role: 'editor' } as const

/**
 * The editing context as the provider gives it, with every action a mock: signed in as EDITOR_ACCOUNT and holding no
 * data unless `overrides` say otherwise.
 */
export function fakeEditing(overrides: Partial<Editing> = {}): Editing {
  return {
    account: EDITOR_ACCOUNT,
    openSignIn: vi.fn(),
    openEditors: vi.fn(),
    openRecentChanges: vi.fn(),
    signOut: vi.fn(),
    target: null,
    edit: vi.fn(),
    finish: vi.fn(),
    refresh: vi.fn(async () => undefined),
    map: null,
    flyTo: vi.fn(),
    data: null,
    ...overrides,
  }
}

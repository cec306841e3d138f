import { describe, expect, it } from 'vitest'
import { sessionCookie, sessionTokenOf } from './cookie'

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Lax, Secure where the atlas is served over TLS', () => {
    expect(sessionCookie('abc', false)).toBe(
      'atlas_session=abc; Path=/; HttpOnly; SameSite=Lax; Max-Age=604800',
    )
    expect(sessionCookie('abc', true)).toMatch(/; Secure$/)
    expect(sessionCookie(null, true)).toMatch(/^atlas_session=; .*Max-Age=0; Secure$/)
  })

  it('is read back from a Cookie header among others', () => {
    expect(sessionTokenOf('theme=dark; atlas_session=t0k=n; other=1')).toBe('t0k=n')
    expect(sessionTokenOf('atlas_session=')).toBeNull()
    expect(sessionTokenOf(undefined)).toBeNull()
  })
})

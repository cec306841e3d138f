import { SESSION_LIFETIME_MS } from '@atlas/db'

export const SESSION_COOKIE = 'atlas_session'

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax (a cross-site form does not carry it), Secure where
 * the atlas is served over TLS. An empty value with Max-Age=0 clears it.
 */
export function sessionCookie(token: string | null, secure: boolean): string {
  const maxAge = token ? Math.floor(SESSION_LIFETIME_MS / 1000) : 0
  return [
    `${SESSION_COOKIE}=${token ?? ''}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAge}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ')
}

/** The session token a request's Cookie header carries, or null. */
export function sessionTokenOf(cookieHeader: string | undefined): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === SESSION_COOKIE && value.length > 0) return value.join('=') || null
  }
  return null
}

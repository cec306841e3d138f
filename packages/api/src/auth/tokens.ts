import { createHash, randomBytes } from 'node:crypto'

/** A secret for a cookie or a sign-in link: 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** What the database keeps of a token: a leaked table signs nobody in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url')
}

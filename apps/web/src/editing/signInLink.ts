import { setSearchParams } from '../state/searchParams'

/** The parameter of a one-time sign-in link (`/?signin=<token>`) that an admin sends or the CLI prints. */
export const SIGN_IN_PARAM = 'signin'

/**
 * The token a page was opened with, and the page's search part without it: the token is taken out of the address
 * at once, so that it is not shared, bookmarked or kept in the history once used.
 */
export function takeSignInToken(search: string): { token: string | null; search: string } {
  const token = new URLSearchParams(search).get(SIGN_IN_PARAM)?.trim() || null
  return { token, search: token === null ? search : setSearchParams(search, { [SIGN_IN_PARAM]: null }) }
}

/** The one-time link an admin sends: this site's address with the token, which the page takes out as it opens. */
export function signInUrl(token: string, origin: string = window.location.origin): string {
  return `${origin}/?${SIGN_IN_PARAM}=${encodeURIComponent(token)}`
}

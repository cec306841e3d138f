import { useCallback, useState } from 'react'
import { takeSignInToken } from './signInLink'

/** The token of this page's address, once taken out of it; undefined until then. */
let pageToken: string | null | undefined

/** Takes the token out of the address the first time it is asked for, so that it is not shared or bookmarked. */
function takePageToken(): string | null {
  if (pageToken === undefined) {
    const taken = takeSignInToken(window.location.search)
    if (taken.token !== null) {
      const { pathname, hash } = window.location
      window.history.replaceState(window.history.state, '', `${pathname}${taken.search}${hash}`)
    }
    pageToken = taken.token
  }
  return pageToken
}

/** The one-time sign-in token the page was opened with (`/?signin=`), and a way to let it go once used or declined. */
export function useSignInToken(): { token: string | null; forget(): void } {
  const [token, setToken] = useState(takePageToken)
  return { token, forget: useCallback(() => setToken(null), []) }
}

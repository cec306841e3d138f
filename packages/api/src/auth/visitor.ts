/**
 * Who is asking, as the HTTP layer saw the request: the session cookie's token, the address (for the sign-in
 * slowdown), whether cookies must be Secure, and a way to send a cookie back.
 */
export interface Visitor {
  sessionToken: string | null
  ip: string
  secure: boolean
  setCookie: (cookie: string) => void
}

/** A visitor without a session, whose cookies go nowhere: callers that are not a browser (tests, scripts). */
export function anonymousVisitor(overrides: Partial<Visitor> = {}): Visitor {
  return { sessionToken: null, ip: 'local', secure: false, setCookie: () => {}, ...overrides }
}

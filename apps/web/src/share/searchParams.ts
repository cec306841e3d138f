/**
 * Sets some parameters of a URL's search part and keeps every other one exactly as written, so that the
 * readable commas and colons of the atlas view (state/urlState.ts) survive. A null value removes the parameter.
 * Returns "" when nothing is left, otherwise "?…".
 */
export function setSearchParams(search: string, changes: Readonly<Record<string, string | null>>): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && !Object.hasOwn(changes, paramName(part)))
  const added = Object.entries(changes)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
  const parts = [...kept, ...added]
  return parts.length > 0 ? `?${parts.join('&')}` : ''
}

function paramName(part: string): string {
  const name = part.split('=', 1)[0] ?? ''
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '))
  } catch (error) {
    // A malformed escape (a bare "%") is not one of the names being set; keep the part as it is.
    if (error instanceof URIError) return name
    throw error
  }
}

/**
 * Sets some parameters of a URL's search part and keeps every other one exactly as written, so that the
 * readable commas and colons of the atlas view (state/urlState.ts) survive. A null value removes the parameter.
 * Returns "" when nothing is left, otherwise "?…".
 */
export function setSearchParams(search: string, changes: Readonly<Record<string, string | null>>): string {
  const added = Object.entries(changes)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
  return joinSearch([...otherParams(search, Object.keys(changes)), ...added])
}

/** The `name=value` parts of a search part whose names are not among `names`, as written and in their order. */
export function otherParams(search: string, names: readonly string[]): string[] {
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && !names.includes(paramName(part)))
}

/** Parts joined into a search part: "" when there are none, otherwise "?…". */
export function joinSearch(parts: readonly string[]): string {
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

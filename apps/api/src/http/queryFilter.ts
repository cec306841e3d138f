/**
 * Turns URL query parameters into the object the shared filter schemas parse, so that every parameter is judged by
 * the schema and a bad one answers 400 naming it. List fields accept both `countries=PL,CN` and repeated
 * `countries=PL&countries=CN`; numbers stay strings unless they are numbers, so the schema's message names what is
 * wrong; a single-valued field given twice goes to the schema as a list, which it refuses, rather than one of the
 * values being dropped unseen. A parameter the export does not know goes to the schema too, which refuses it by name
 * rather than answering as if it were not there.
 */
export function queryToFilter(
  params: URLSearchParams,
  fields: { lists: readonly string[]; numbers?: readonly string[]; strings?: readonly string[] },
): Record<string, unknown> {
  const filter: Record<string, unknown> = {}
  for (const key of fields.lists) {
    const values = params.getAll(key).flatMap((value) => value.split(','))
    if (values.length > 0) filter[key] = values.map((value) => value.trim()).filter(Boolean)
  }
  for (const key of fields.numbers ?? []) {
    const values = params.getAll(key).map(asNumber)
    if (values.length > 0) filter[key] = values.length === 1 ? values[0] : values
  }
  for (const key of fields.strings ?? []) {
    const values = params.getAll(key)
    if (values.length > 0) filter[key] = values.length === 1 ? values[0] : values
  }
  const known = new Set([...fields.lists, ...(fields.numbers ?? []), ...(fields.strings ?? [])])
  for (const key of params.keys()) if (!known.has(key)) filter[key] = params.get(key)
  return filter
}

function asNumber(value: string): number | string {
  return value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value
}

/**
 * Turns URL query parameters into the object the shared filter schemas parse: list fields accept both
 * `countries=PL,CN` and repeated `countries=PL&countries=CN`; numbers stay strings unless they are numbers, so the
 * schema's message names what is wrong.
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
    const value = params.get(key)
    if (value !== null)
      filter[key] = value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value
  }
  for (const key of fields.strings ?? []) {
    const value = params.get(key)
    if (value !== null) filter[key] = value
  }
  return filter
}

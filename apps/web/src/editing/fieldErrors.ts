/** A form's errors: a message per field it shows (by its key), and those no field of the form shows. */
export interface FormErrors {
  fields: Readonly<Record<string, string>>
  other: readonly string[]
}

export const NO_ERRORS: FormErrors = { fields: {}, other: [] }

/** One complaint about the input: where (a path into the record) and what. */
export interface Complaint {
  path: readonly PropertyKey[]
  message: string
}

/**
 * Complaints placed next to the fields they are about. A path goes to the longest of `fields` that starts it
 * (`members.2.left` to the member's date, `sourceIds.0` to the sources), the first complaint per field winning;
 * one that no field shows is kept in `other`, so that nothing the server or the schema says is lost.
 */
export function placeComplaints(complaints: readonly Complaint[], fields: readonly string[]): FormErrors {
  const placed: Record<string, string> = {}
  const other: string[] = []
  for (const { path, message } of complaints) {
    const key = path.map(String).join('.')
    const field = fields
      .filter((candidate) => key === candidate || key.startsWith(`${candidate}.`))
      .sort((a, b) => b.length - a.length)[0]
    if (field === undefined) other.push(key ? `${key}: ${message}` : message)
    else placed[field] ??= message
  }
  return { fields: placed, other }
}

/**
 * The complaints in a 400's message. The server names the field first ("lat: the point … is not in Zambia"), and
 * an input the shared schema refuses is one such sentence per field joined by "; " with its path written
 * `record.members[2].left`; the `record.` its procedures wrap the record in is dropped.
 */
export function complaintsOfMessage(message: string): Complaint[] {
  return message.split(/; (?=[A-Za-z][\w.[\]]*: )/).map((part) => {
    const match = /^([A-Za-z][\w.[\]]*): ([\s\S]*)$/.exec(part)
    if (!match) return { path: [], message: part }
    const [, written = '', text = ''] = match
    const path = written
      .replace(/\[(\d+)\]/g, '.$1')
      .split('.')
      .filter(Boolean)
    return { path: path[0] === 'record' ? path.slice(1) : path, message: text }
  })
}

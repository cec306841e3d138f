import type { Editing } from './EditingContext'
import { placeComplaints } from './fieldErrors'
import { checkWithNewSource, type Schema } from './newSource'
import type { EditSession } from './useEditSession'
import type { NewSource } from './useNewSource'

/** What a record's procedures take: a new record, or a change naming the version it was read at. */
export interface RecordProcedures<T, Saved> {
  create: { mutate(input: { record: T }): Promise<Saved> }
  update: { mutate(input: { version: number; record: T }): Promise<Saved> }
}

interface Save<Draft, T, Saved> {
  session: EditSession<Draft>
  /** The fields the form shows, beside which the schema's complaints go. */
  fields: readonly string[]
  /** The shared schema the server checks the record with. */
  schema: Schema<T>
  /** The record to check and send: the draft, citing the new source if there is one. */
  record: unknown
  /** The source written inside the form, where the form has one. */
  newSource?: NewSource
  /** The draft citing the new source once it is made, so that another try after a refusal does not make it twice. */
  cites?: Partial<Draft>
  procedures: RecordProcedures<T, Saved>
  editor: Editing
  /** Where the editor goes once the record is saved and the atlas fetched again. */
  afterwards(saved: Saved): void
}

/**
 * Every record form's save: the record and its new source are checked with the shared schemas as the server will,
 * the source is made first, then the record is created or (at the version read) updated, and the atlas fetched
 * again. A refusal stops it where it happens, shown by the session.
 */
export async function saveRecord<Draft, T, Saved>({
  session,
  fields,
  schema,
  record,
  newSource,
  cites,
  procedures,
  editor,
  afterwards,
}: Save<Draft, T, Saved>): Promise<void> {
  const checked = checkWithNewSource(schema, record, newSource?.newSource ?? null)
  if (!checked.ok) return session.setErrors(placeComplaints(checked.complaints, fields))
  if (newSource && !(await newSource.create(checked.source))) return
  if (cites) session.patch(cites)
  const { version } = session
  const saved = await session.run(() =>
    version === null
      ? procedures.create.mutate({ record: checked.record })
      : procedures.update.mutate({ version, record: checked.record }),
  )
  if (!saved) return
  await editor.refresh()
  afterwards(saved)
}

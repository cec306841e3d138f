import { type SourceDocument, sourceDocumentSchema } from '@atlas/schema'
import type { Complaint } from './fieldErrors'

/** The fields of a source written inside another form, keyed as its errors are (`source.title`). */
export const NEW_SOURCE_FIELDS = ['id', 'title', 'publisher', 'publishedOn', 'url', 'text'].map(
  (field) => `source.${field}`,
)

/** What a form needs of a shared zod schema, so that this package does not import zod itself. */
export interface Schema<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly Complaint[] } }
}

/** What `value` reads as by a shared schema, or null: another editor's record, if it is still one the form can take. */
export function readAs<T>(schema: Schema<T>, value: unknown): T | null {
  const parsed = schema.safeParse(value)
  return parsed.success ? parsed.data : null
}

/** A record and the new source it cites, both as the shared schemas read them, or every complaint about either. */
export type Checked<T> =
  | { ok: true; record: T; source: SourceDocument | null }
  | { ok: false; complaints: Complaint[] }

/**
 * Checks a form's record with its shared schema and the source written with it (if any) with the source's, as
 * the server will: the source's complaints go under `source.`, so that they land beside its own fields.
 */
export function checkWithNewSource<T>(
  schema: Schema<T>,
  draft: unknown,
  newSource: SourceDocument | null,
): Checked<T> {
  const record = schema.safeParse(draft)
  const source = newSource ? sourceDocumentSchema.safeParse(newSource) : null
  const complaints = [
    ...(record.success ? [] : record.error.issues),
    ...(source && !source.success
      ? source.error.issues.map((issue) => ({ ...issue, path: ['source', ...issue.path] }))
      : []),
  ]
  if (!record.success || complaints.length > 0) return { ok: false, complaints }
  return { ok: true, record: record.data, source: source?.success ? source.data : null }
}

/** A source not yet written: what the "New source…" button starts from. */
export function emptySource(): SourceDocument {
  return {
    id: '',
    title: '',
    publisher: null,
    publishedOn: null,
    seedFile: null,
    url: null,
    accessedOn: null,
    text: null,
  }
}

import { type ImportReport, importReportSchema } from '@atlas/schema'

// What POST /api/import answers (apps/api/src/http/importFile.ts). Reports are read with the shared schema, so a
// change to the report on the server is refused here rather than shown as a wrong number.

/** One line of the answer: rows checked so far, the report at the end, or the report of an apply that wrote nothing. */
export type ImportAnswerLine =
  | { progress: { rows: number } }
  | { report: ImportReport }
  | { refused: ImportReport }

/** A parsed JSON line of the answer as what it says; throws on a line the server does not write. */
export function readAnswerLine(value: unknown): ImportAnswerLine {
  if (isObject(value)) {
    if ('progress' in value && isObject(value.progress) && typeof value.progress.rows === 'number') {
      return { progress: { rows: value.progress.rows } }
    }
    if ('report' in value) return { report: importReportSchema.parse(value.report) }
    if ('refused' in value) return { refused: importReportSchema.parse(value.refused) }
  }
  throw new Error(`the server answered a line the atlas does not know: ${JSON.stringify(value).slice(0, 80)}`)
}

/** The server's reason for a refusal before any row is read (400, 401, 403, 413, 503), if the body gives one. */
export function importErrorMessage(body: string): string | undefined {
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (error) {
    // Not the server's JSON: a proxy's page, or nothing. The caller names the status instead.
    if (error instanceof SyntaxError) return undefined
    throw error
  }
  if (isObject(value) && isObject(value.error) && typeof value.error.message === 'string') {
    return value.error.message
  }
  return undefined
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

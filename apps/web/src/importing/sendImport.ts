import type { ImportFormat, ImportKind, ImportReport } from '@atlas/schema'
import { t } from '../i18n/translate'
import { importErrorMessage, readAnswerLine } from './importAnswer'
import { ndjsonReader } from './ndjsonReader'

/** A file to check (a dry run) or to apply, as the server reads it. */
export interface ImportRequest {
  kind: ImportKind
  format: ImportFormat
  file: Blob
  apply: boolean
}

/** How far a request has come: bytes of the file sent, then rows checked (or written). */
export interface ImportListeners {
  onSent(bytes: number, total: number): void
  onRows(rows: number): void
}

/** What the server made of the file. `refused`: an apply found problems, so it wrote nothing. */
export interface ImportResult {
  refused: boolean
  report: ImportReport
}

/** A request that ended without a report, with a message the person can act on. */
export class ImportFailure extends Error {
  override name = 'ImportFailure'
}

/** `/api/import?kind=links&format=xlsx&apply=1` */
export function importUrl({ kind, format, apply }: Omit<ImportRequest, 'file'>): string {
  const params = new URLSearchParams({ kind, format })
  if (apply) params.set('apply', '1')
  return `/api/import?${params}`
}

/**
 * Sends a file to the server's import and follows its answer, a stream of JSON lines, as it comes. An
 * XMLHttpRequest rather than fetch: only it tells how much of a large file has been sent. Same-origin, so the
 * session cookie goes along; `x-atlas-client` is the header the server requires of the web app's changes
 * (trpc.ts sends it too). Rejects with an ImportFailure, or with an AbortError when `signal` aborts.
 */
export function sendImport(
  request: ImportRequest,
  listeners: ImportListeners,
  signal?: AbortSignal,
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    const reader = ndjsonReader()
    let read = 0
    let result: ImportResult | undefined

    const take = (values: unknown[]) => {
      for (const value of values) {
        const line = readAnswerLine(value)
        if ('progress' in line) listeners.onRows(line.progress.rows)
        else if ('report' in line) result = { refused: false, report: line.report }
        else result = { refused: true, report: line.refused }
      }
    }
    /** Reads what has arrived since last time; the text so far grows with each progress event. */
    const readMore = () => {
      const text = xhr.responseText
      take(reader.push(text.slice(read)))
      read = text.length
    }
    const fail = (message: string) => reject(new ImportFailure(message))
    const guarded = (step: () => void) => () => {
      try {
        step()
      } catch (error) {
        // Settled first, so that the abort's own rejection comes too late to count.
        fail(error instanceof Error ? error.message : String(error))
        xhr.abort()
      }
    }

    xhr.open('POST', importUrl(request))
    xhr.setRequestHeader('x-atlas-client', 'web')
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) listeners.onSent(event.loaded, event.total)
    })
    // A small file may be sent before any progress event: its end is the news that counts.
    xhr.upload.addEventListener('load', () => listeners.onSent(request.file.size, request.file.size))
    xhr.addEventListener(
      'progress',
      guarded(() => {
        if (xhr.status === 200) readMore()
      }),
    )
    xhr.addEventListener(
      'load',
      guarded(() => {
        if (xhr.status !== 200) {
          fail(importErrorMessage(xhr.responseText) ?? t('import.httpStatus', { status: String(xhr.status) }))
          return
        }
        readMore()
        take(reader.end())
        if (result) resolve(result)
        else fail(t('import.cutShort'))
      }),
    )
    xhr.addEventListener('error', () => fail(t('status.unreachable')))
    xhr.addEventListener('abort', () => reject(new DOMException('The import was cancelled.', 'AbortError')))
    // A request aborted before it is sent fires no event of its own, so it is refused here instead.
    if (signal?.aborted) {
      reject(new DOMException('The import was cancelled.', 'AbortError'))
      return
    }
    signal?.addEventListener('abort', () => xhr.abort(), { once: true })
    xhr.send(request.file)
  })
}

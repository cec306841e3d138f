import type { BenchDataset } from '../generate/dataset'

/** Rows joined into one chunk of the stream: big enough that the stream's overhead does not show in the timing. */
const ROWS_PER_CHUNK = 1_000

/**
 * The data set's institutions as an import file (IMPORT_COLUMNS.institutions), each citing `sourceId`, at campus
 * precision, with the data set's ids so the links file can name them. Yields the text in chunks, not one string.
 */
export function* institutionsCsv(dataset: BenchDataset, sourceId: string): Generator<string> {
  yield* csvChunks(
    ['id', 'name', 'kind', 'country', 'city', 'lat', 'lon', 'precision', 'source'],
    dataset.institutions.map((institution) => [
      institution.id,
      institution.name,
      institution.kind,
      institution.country,
      institution.city,
      String(institution.lat),
      String(institution.lng),
      'campus',
      sourceId,
    ]),
  )
}

/** The data set's links as an import file (IMPORT_COLUMNS.links), dated to the year; an ended link is marked so. */
export function* linksCsv(dataset: BenchDataset, sourceId: string): Generator<string> {
  yield* csvChunks(
    ['id', 'from', 'to', 'kind', 'initiatives', 'start', 'end', 'status', 'source'],
    dataset.links.map((link) => [
      link.id,
      link.fromId,
      link.toId,
      link.kind,
      link.initiatives.join(';'),
      String(link.startYear),
      link.endYear === null ? '' : String(link.endYear),
      link.endYear === null ? 'active' : 'ended',
      sourceId,
    ]),
  )
}

function* csvChunks(header: readonly string[], rows: readonly (readonly string[])[]): Generator<string> {
  yield `${csvLine(header)}\r\n`
  for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
    const lines = rows.slice(start, start + ROWS_PER_CHUNK).map(csvLine)
    yield `${lines.join('\r\n')}\r\n`
  }
}

/** One line of RFC 4180 CSV: a cell quoted when it holds a comma, a quote or a line break, quotes doubled. */
export function csvLine(cells: readonly string[]): string {
  return cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',')
}

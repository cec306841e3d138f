import { IMPORT_COLUMNS, type ImportKind } from '@atlas/schema'

/** A kind's columns as its file's header writes them: the required ones first, then the optional ones. */
export function templateColumns(kind: ImportKind): string[] {
  const { required, optional } = IMPORT_COLUMNS[kind]
  return [...required, ...optional]
}

/**
 * An empty file of a kind to fill in: its header row alone, so that no example row is ever imported by mistake.
 * It starts with a byte-order mark, by which Excel knows the file is UTF-8 (Łódź, 北京); the import skips it.
 */
export function templateCsv(kind: ImportKind): string {
  return `\uFEFF${templateColumns(kind).join(',')}\r\n`
}

/** The template as an address a download link can point at, without a request to the server. */
export function templateHref(kind: ImportKind): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv(kind))}`
}

/** "partnership-atlas-institutions-template.csv" */
export function templateFileName(kind: ImportKind): string {
  return `partnership-atlas-${kind}-template.csv`
}

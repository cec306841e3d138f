import { IMPORT_FORMATS, type ImportFormat } from '@atlas/schema'

/**
 * The format a file is read as, by its name's extension in any case ("Partners.XLSX" is xlsx); null for another.
 * The name rather than the browser's type: browsers type a CSV file as they like, or not at all.
 */
export function importFormatOf(fileName: string): ImportFormat | null {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase()
  return IMPORT_FORMATS.find((format) => format === extension) ?? null
}

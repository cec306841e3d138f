/** One row of a spreadsheet as read from the file: its line as the spreadsheet numbers it, and its cells as text. */
export interface SheetRow {
  line: number
  values: string[]
}

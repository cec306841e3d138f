/** One measured figure of one engine at one size, with what it is best compared with. */
export interface Figure {
  /** The report's row: what is measured (the same label on every engine, so rows line up). */
  label: string
  value: number | string
  /** The unit of value and floor: ms, B, ×, links… */
  unit: string
  /** The floor beside it: the least the same work costs without the product in the way, where there is one. */
  floor?: number | string
  /** What the floor is, in a few words. */
  floorIs?: string
}

/** A small square of a colour, beside the name that says what it means. */
export function Swatch({ colour }: { colour: string }) {
  return <span className="swatch" style={{ backgroundColor: colour }} aria-hidden="true" />
}

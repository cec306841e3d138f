import { encode, renderSVG } from 'uqr'

/** Medium error correction survives a projector's glare and a phone held at an angle, at a modest size cost. */
const OPTIONS = { ecc: 'M', border: 4 } as const

export interface QrCode {
  /** Modules per side, including the four-module quiet zone the standard asks for on each side. */
  size: number
  /** The dark modules as one SVG path in module units, each row's runs merged into rectangles. */
  path: string
}

/** A QR code of `text` to draw inline as an SVG path. Throws a RangeError when the text is too long to encode. */
export function qrCode(text: string): QrCode {
  const { size, data } = encodeOrThrow(text)
  const parts: string[] = []
  data.forEach((row, y) => {
    let x = 0
    while (x < size) {
      if (!row[x]) {
        x++
        continue
      }
      const start = x
      while (x < size && row[x]) x++
      parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`)
    }
  })
  return { size, path: parts.join('') }
}

/** The same QR code as a standalone SVG file, to put on a slide. */
export function qrSvgFile(text: string): Blob {
  encodeOrThrow(text)
  return new Blob([renderSVG(text, { ...OPTIONS, pixelSize: 10 })], { type: 'image/svg+xml' })
}

function encodeOrThrow(text: string) {
  try {
    return encode(text, OPTIONS)
  } catch (error) {
    throw new RangeError(`too long for a QR code: ${text.length} characters`, { cause: error })
  }
}

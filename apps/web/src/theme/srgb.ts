/**
 * #rrggbb colours as numbers: their 0–255 channels, in which the browser blends them, and their linear-light
 * channels, in which light adds up (luminance for contrast, the matrices of colour vision).
 */
export type Rgb = readonly [number, number, number]

/** The red, green and blue of a #rrggbb colour, each 0–255. */
export function channels(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`)
  const [, r = '', g = '', b = ''] = match
  return [Number.parseInt(r, 16), Number.parseInt(g, 16), Number.parseInt(b, 16)]
}

/** #rrggbb of red, green and blue 0–255, each rounded and kept within 0–255. */
export function hexOf(rgb: Rgb): string {
  const part = (value: number) =>
    Math.min(255, Math.max(0, Math.round(value)))
      .toString(16)
      .padStart(2, '0')
  return `#${rgb.map(part).join('')}`
}

/** The linear-light red, green and blue of a #rrggbb colour, each 0–1: the sRGB transfer function undone. */
export function linearRgb(hex: string): Rgb {
  return each(channels(hex), (value) => {
    const channel = value / 255
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
}

/** #rrggbb of linear-light red, green and blue, each first kept within 0–1: the nearest colour a screen shows. */
export function fromLinearRgb(rgb: Rgb): string {
  return hexOf(
    each(rgb, (value) => {
      const channel = Math.min(1, Math.max(0, value))
      return 255 * (channel <= 0.0031308 ? 12.92 * channel : 1.055 * channel ** (1 / 2.4) - 0.055)
    }),
  )
}

function each(rgb: Rgb, f: (channel: number) => number): Rgb {
  return [f(rgb[0]), f(rgb[1]), f(rgb[2])]
}

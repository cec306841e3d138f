import { fromLinearRgb, linearRgb, type Rgb } from './srgb'

/**
 * Colours as people with a colour-vision deficiency see them, and how far apart two colours look: what keeps the
 * map's categorical colours (initiatives, institution kinds) apart for everyone (colourVision.test.ts). Difference
 * is CIEDE2000 (ΔE00, Sharma, Wu & Dalal 2005) in CIELAB under D65 rather than the plain distance ΔE76, which
 * overstates differences between saturated colours and misjudges blues, the very colours a categorical palette uses.
 */

/** The three dichromacies: no long (red), medium (green) or short (blue) cones. */
export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia'

export const DEFICIENCIES: readonly Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia']

/**
 * The least ΔE00 between two colours of one palette, in normal vision and under each deficiency. About 1 is the
 * least difference seen between large patches side by side; the map's marks are small (arcs 2–3 px wide, points
 * 4–14 px in radius) and seen apart, and the smaller a mark the larger the difference it needs to be told apart
 * (Szafir 2018, “Modeling Color Difference for Visualization Design”). Ten asks for a difference seen at a glance
 * rather than found by comparing, with room for what a simulation cannot know: screens, light and eyes vary.
 */
export const DISTINCT_DELTA_E = 10

/**
 * The deficiencies at severity 1.0, from Machado, Oliveira & Fernandes (2009), “A Physiologically-based Model for
 * Simulation of Color Vision Deficiency”: each a matrix on linear-light sRGB, one row per output channel.
 */
const MACHADO: Readonly<Record<Deficiency, readonly [Rgb, Rgb, Rgb]>> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
}

/** A #rrggbb colour as someone with `deficiency` sees it, as the nearest #rrggbb a screen can show. */
export function simulate(hex: string, deficiency: Deficiency): string {
  const [r, g, b] = linearRgb(hex)
  const apply = ([fromR, fromG, fromB]: Rgb) => fromR * r + fromG * g + fromB * b
  const [red, green, blue] = MACHADO[deficiency]
  return fromLinearRgb([apply(red), apply(green), apply(blue)])
}

/** L* (0 black to 100 white), a* (green to red) and b* (blue to yellow). */
export type Lab = readonly [number, number, number]

/** CIELAB of a #rrggbb colour, through CIE XYZ with sRGB's D65 white. */
export function cielab(hex: string): Lab {
  const [r, g, b] = linearRgb(hex)
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883
  // CIE's exact constants: the cube root above (6/29)³, a straight line below it.
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}

const degrees = (radians: number) => (radians * 180) / Math.PI
const radians = (degrees: number) => (degrees * Math.PI) / 180

/** CIEDE2000 colour difference of two CIELAB colours, with kL = kC = kH = 1 (Sharma, Wu & Dalal 2005). */
export function deltaE2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  const chromaMean = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2
  const g = 0.5 * (1 - Math.sqrt(chromaMean ** 7 / (chromaMean ** 7 + 25 ** 7)))
  const [ap1, ap2] = [(1 + g) * a1, (1 + g) * a2]
  const [c1, c2] = [Math.hypot(ap1, b1), Math.hypot(ap2, b2)]
  const hue = (a: number, b: number) => (a === 0 && b === 0 ? 0 : (degrees(Math.atan2(b, a)) + 360) % 360)
  const [h1, h2] = [hue(ap1, b1), hue(ap2, b2)]
  const achromatic = c1 * c2 === 0
  const hueStep = achromatic ? 0 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1
  const deltaL = l2 - l1
  const deltaC = c2 - c1
  const deltaH = 2 * Math.sqrt(c1 * c2) * Math.sin(radians(hueStep / 2))
  const lMean = (l1 + l2) / 2
  const cMean = (c1 + c2) / 2
  const hMean = achromatic
    ? h1 + h2
    : Math.abs(h1 - h2) <= 180
      ? (h1 + h2) / 2
      : h1 + h2 < 360
        ? (h1 + h2 + 360) / 2
        : (h1 + h2 - 360) / 2
  const t =
    1 -
    0.17 * Math.cos(radians(hMean - 30)) +
    0.24 * Math.cos(radians(2 * hMean)) +
    0.32 * Math.cos(radians(3 * hMean + 6)) -
    0.2 * Math.cos(radians(4 * hMean - 63))
  const sL = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2)
  const sC = 1 + 0.045 * cMean
  const sH = 1 + 0.015 * cMean * t
  const rotation =
    -2 *
    Math.sqrt(cMean ** 7 / (cMean ** 7 + 25 ** 7)) *
    Math.sin(radians(60 * Math.exp(-(((hMean - 275) / 25) ** 2))))
  return Math.sqrt(
    (deltaL / sL) ** 2 + (deltaC / sC) ** 2 + (deltaH / sH) ** 2 + rotation * (deltaC / sC) * (deltaH / sH),
  )
}

/** How far apart two #rrggbb colours look: their ΔE00. */
export function colourDifference(a: string, b: string): number {
  return deltaE2000(cielab(a), cielab(b))
}

import { describe, expect, it } from 'vitest'
import { seedInitiatives } from '../testing/seedInitiatives'
import {
  cielab,
  colourDifference,
  DEFICIENCIES,
  type Deficiency,
  DISTINCT_DELTA_E,
  deltaE2000,
  type Lab,
  simulate,
} from './colourVision'
import { mapPalette } from './mapPalette'
import { INSTITUTION_KIND_COLOURS } from './palette'
import { channels } from './srgb'

describe('simulate', () => {
  // Reference values from the Unicolour library's tests (VisionDeficiencyTests), which apply the same matrices to
  // linear sRGB and hold its results to within 1 of them, 2 for tritanopia.
  it.each<[Deficiency, string, [number, number, number]]>([
    ['protanopia', '#ff0000', [109, 95, 0]],
    ['protanopia', '#ffff00', [255, 244, 0]],
    ['protanopia', '#0000ff', [0, 88, 255]],
    ['deuteranopia', '#ff0000', [163, 144, 0]],
    ['deuteranopia', '#00ff00', [239, 214, 59]],
    ['deuteranopia', '#ff00ff', [104, 155, 250]],
    ['tritanopia', '#ff0000', [255, 0, 13]],
    ['tritanopia', '#00ff00', [0, 247, 216]],
    ['tritanopia', '#0000ff', [0, 108, 150]],
  ])('%s turns %s into rgb%j', (deficiency, hex, expected) => {
    const seen = channels(simulate(hex, deficiency))
    seen.forEach((channel, i) => {
      expect(Math.abs(channel - (expected[i] ?? 0))).toBeLessThanOrEqual(deficiency === 'tritanopia' ? 2 : 1)
    })
  })

  it.each(DEFICIENCIES)('%s leaves black, greys and white as they are', (deficiency) => {
    for (const grey of ['#000000', '#808080', '#ffffff']) {
      expect(simulate(grey, deficiency)).toBe(grey)
    }
  })
})

describe('cielab', () => {
  it.each<[string, Lab]>([
    ['#ffffff', [100, 0, 0]],
    ['#ff0000', [53.24, 80.09, 67.2]],
    ['#0000ff', [32.3, 79.19, -107.86]],
  ])('gives %s as L*a*b* %j', (hex, expected) => {
    const lab = cielab(hex)
    for (const [i, value] of expected.entries()) expect(lab[i]).toBeCloseTo(value, 1)
  })
})

describe('deltaE2000', () => {
  // Pairs from Sharma, Wu & Dalal (2005), table 1, including those that catch a mean hue taken the wrong way round.
  it.each<[Lab, Lab, number]>([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
    [[50, 2.49, -0.001], [50, -2.49, 0.0011], 7.2195],
    [[50, -0.001, 2.49], [50, 0.0009, -2.49], 4.8045],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[50, 2.5, 0], [61, -5, 29], 22.8977],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
    [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ])('%j to %j is %f, either way round', (a, b, expected) => {
    expect(deltaE2000(a, b)).toBeCloseTo(expected, 4)
    expect(deltaE2000(b, a)).toBeCloseTo(expected, 4)
  })
})

type Vision = 'normal' | Deficiency
const VISIONS: readonly Vision[] = ['normal', ...DEFICIENCIES]
const seenIn = (hex: string, vision: Vision) => (vision === 'normal' ? hex : simulate(hex, vision))

/** The pairs of `colours` closer than DISTINCT_DELTA_E in `vision`, named, with their difference. */
function tooClose(colours: Readonly<Record<string, string>>, vision: Vision): string[] {
  const entries = Object.entries(colours)
  return entries.flatMap(([a, hexA], i) =>
    entries.slice(i + 1).flatMap(([b, hexB]) => {
      const difference = colourDifference(seenIn(hexA, vision), seenIn(hexB, vision))
      return difference < DISTINCT_DELTA_E ? [`${a} and ${b}: ΔE00 ${difference.toFixed(1)}`] : []
    }),
  )
}

describe('tooClose', () => {
  it('finds a green and a teal that most tell apart but those without blue cones do not', () => {
    const colours = { green: '#1f9d55', teal: '#0f9488' }
    expect(tooClose(colours, 'normal')).toEqual([])
    expect(tooClose(colours, 'tritanopia')).toEqual(['green and teal: ΔE00 3.2'])
  })
})

/** Each theme's neutral: in the projector theme and out of it, light and dark. */
const NEUTRALS = [false, true].flatMap((projector) =>
  (['light', 'dark'] as const).map((theme) => ({
    theme: projector ? `projector ${theme}` : theme,
    neutral: mapPalette(theme, projector).neutral,
  })),
)

// Each palette with the neutral beside it on the map and in the legend: institutions without links while colour
// shows the initiative, the links while it shows the kind of institution. Link kinds have no colours, only widths.
describe.each([
  {
    palette: 'the seed’s initiatives',
    colours: Object.fromEntries(seedInitiatives().map(({ id, colour }) => [id, colour])),
  },
  { palette: 'the institution kinds', colours: INSTITUTION_KIND_COLOURS },
])('$palette', ({ colours }) => {
  it('has colours enough to compare', () => {
    expect(Object.keys(colours).length).toBeGreaterThanOrEqual(2)
  })

  describe.each(NEUTRALS)('with the $theme theme’s neutral', ({ neutral }) => {
    const withNeutral = { ...colours, neutral }
    it.each(VISIONS)(`stays ${DISTINCT_DELTA_E} ΔE00 apart, every pair, in %s vision`, (vision) => {
      expect(tooClose(withNeutral, vision)).toEqual([])
    })
  })
})

/** A seeded source of numbers in [0, 1): the same seed always gives the same sequence. */
export type Random = () => number

/**
 * mulberry32: a 32-bit generator, small and fast, whose output is good enough to place points and draw links;
 * what matters here is that a seed reproduces a data set exactly on any machine.
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** A whole number from `min` to `max`, both included. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}

/** The items in an order the generator decides (Fisher–Yates), as a new array. */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const order = [...items]
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1))
    const swap = order[i] as T
    order[i] = order[j] as T
    order[j] = swap
  }
  return order
}

/**
 * Draws indices 0…n−1 with probability proportional to `weights`: the cumulative sums are searched, so a draw
 * costs log n however many indices there are.
 */
export function weightedPicker(random: Random, weights: readonly number[]): () => number {
  const cumulative: number[] = []
  let total = 0
  for (const weight of weights) {
    total += weight
    cumulative.push(total)
  }
  if (total <= 0) throw new Error('a weighted pick needs a positive weight')
  return () => {
    const target = random() * total
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((cumulative[middle] ?? 0) > target) high = middle
      else low = middle + 1
    }
    return low
  }
}

/** Zipf's weights 1/rankᵉ for ranks 1…n: a few heavy items and a long tail. */
export function zipfWeights(n: number, exponent: number): number[] {
  return Array.from({ length: n }, (_, index) => (index + 1) ** -exponent)
}

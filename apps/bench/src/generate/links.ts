import { LINK_KINDS, type LinkKind } from '@atlas/schema'
import type { BenchInitiative } from './initiatives'
import { type Random, randomInt, shuffled, weightedPicker, zipfWeights } from './random'

/** A partnership of the synthetic atlas, dated to the year. */
export interface BenchLink {
  id: string
  fromId: string
  toId: string
  kind: LinkKind
  /** Its initiatives; one filed under a parent carries the parent too, as the real data does. */
  initiatives: string[]
  startYear: number
  endYear: number | null
}

export const FIRST_YEAR = 1990
export const LAST_YEAR = 2026

/**
 * Zipf's exponent for how often an institution is a link's end: a handful of hubs hold a large share of the links,
 * as a few well-connected universities do in the real atlas.
 */
const HUB_EXPONENT = 1
/** How often a link's second end is drawn by the same skew rather than evenly from every institution. */
const HUB_TO_HUB = 0.5
/** Cooperation agreements are the common case; joint institutes and vocational links the rare ones. */
const KIND_WEIGHTS: Readonly<Record<LinkKind, number>> = {
  cooperation_agreement: 45,
  consortium_membership: 15,
  training_programme: 20,
  joint_institute: 10,
  vocational_cooperation: 10,
}
const SECOND_INITIATIVE = 0.15
const ENDED = 0.3
/** Draws of a pair already linked with that kind, in a row, before the generator gives up. */
const MAX_RETRIES = 1_000

/**
 * `count` links among institutions, hub-skewed, at most one of a kind between two institutions either way round
 * (the database's rule), with years from 1990 to 2026, more of them recent, and a third of them ended.
 */
export function generateLinks(
  random: Random,
  institutionIds: readonly string[],
  initiatives: readonly BenchInitiative[],
  count: number,
): BenchLink[] {
  const hubs = shuffled(random, institutionIds)
  const pickHub = weightedPicker(random, zipfWeights(hubs.length, HUB_EXPONENT))
  const pickKind = weightedPicker(
    random,
    LINK_KINDS.map((kind) => KIND_WEIGHTS[kind]),
  )
  const pickInitiative = weightedPicker(random, zipfWeights(initiatives.length, 0.8))
  const parentOf = new Map(initiatives.map((initiative) => [initiative.id, initiative.parentId]))
  const taken = new Set<string>()
  const links: BenchLink[] = []
  const width = String(count).length
  for (let index = 0; index < count; index += 1) {
    const { fromId, toId, kind } = drawPair()
    const carried = new Set<string>()
    const carry = (id: string | null | undefined) => {
      for (let at = id; at; at = parentOf.get(at)) carried.add(at)
    }
    carry(initiatives[pickInitiative()]?.id)
    if (random() < SECOND_INITIATIVE) carry(initiatives[pickInitiative()]?.id)
    const startYear = FIRST_YEAR + Math.floor((LAST_YEAR - FIRST_YEAR + 1) * Math.sqrt(random()))
    const endYear = random() < ENDED ? randomInt(random, startYear, LAST_YEAR) : null
    links.push({
      id: `bench-link-${String(index + 1).padStart(width, '0')}`,
      fromId,
      toId,
      kind,
      initiatives: [...carried].sort(),
      startYear,
      endYear,
    })
  }
  return links

  function drawPair(): { fromId: string; toId: string; kind: LinkKind } {
    for (let attempt = 0; attempt < MAX_RETRIES; attempt += 1) {
      const fromId = hubs[pickHub()]
      const toId = random() < HUB_TO_HUB ? hubs[pickHub()] : hubs[Math.floor(random() * hubs.length)]
      const kind = LINK_KINDS[pickKind()]
      if (!fromId || !toId || !kind || fromId === toId) continue
      const key = fromId < toId ? `${fromId} ${toId} ${kind}` : `${toId} ${fromId} ${kind}`
      if (taken.has(key)) continue
      taken.add(key)
      return { fromId, toId, kind }
    }
    throw new Error(
      `no new pair of institutions after ${MAX_RETRIES} draws: too many links for the institutions`,
    )
  }
}

import type { InitiativeWithCounts } from '@atlas/schema'

export interface InitiativeEntry {
  initiative: InitiativeWithCounts
  /** How many parents up to a top-level initiative: 0 for one of those. */
  depth: number
}

/** Initiatives in the data's order, each followed by those that are part of it, so a list can indent them. */
export function initiativeTree(initiatives: readonly InitiativeWithCounts[]): InitiativeEntry[] {
  const known = new Set(initiatives.map((initiative) => initiative.id))
  const entries: InitiativeEntry[] = []
  const placed = new Set<string>()
  const place = (initiative: InitiativeWithCounts, depth: number) => {
    if (placed.has(initiative.id)) return
    placed.add(initiative.id)
    entries.push({ initiative, depth })
    for (const child of initiatives) if (child.parentId === initiative.id) place(child, depth + 1)
  }
  for (const initiative of initiatives) {
    if (initiative.parentId === null || !known.has(initiative.parentId)) place(initiative, 0)
  }
  // Initiatives caught in a loop of parents have no top: they are listed rather than lost.
  for (const initiative of initiatives) place(initiative, 0)
  return entries
}

/** The initiative and every initiative that is part of it, however deep: what its row in the filter ticks. */
export function initiativeSubtree(
  initiatives: readonly Pick<InitiativeWithCounts, 'id' | 'parentId'>[],
  id: string,
): string[] {
  const ids = [id]
  for (let i = 0; i < ids.length; i++) {
    for (const child of initiatives) {
      if (child.parentId === ids[i] && !ids.includes(child.id)) ids.push(child.id)
    }
  }
  return ids
}

import type { Tour } from '@atlas/schema'
import type { Transaction } from 'kysely'
import { recordChanges } from '../history/recordChange'
import type { Database } from '../types'
import { groupStore } from './groupRecord'
import { linkStore } from './linkRecord'
import type { Dependent } from './store'
import { tourStore } from './tourRecord'

/**
 * What deleting an institution takes with it, once the editor has confirmed: its links go, a group it seats (or
 * whose founding place it is) goes, and a group it is a member of loses it (and goes too if fewer than two members
 * would remain), and tours stop selecting or framing it. Each change is kept in history by the editor's name.
 */
export function institutionCascade(institutionId: string, userId: string | null) {
  return async (trx: Transaction<Database>, dependents: Dependent[]): Promise<void> => {
    for (const dependent of dependents) {
      if (dependent.entity === 'link') {
        const before = await linkStore.read(trx, dependent.id)
        await linkStore.remove(trx, dependent.id)
        await recordChanges(trx, userId, [
          { entity: 'link', recordId: dependent.id, action: 'delete', before: before ?? null, after: null },
        ])
      }
      if (dependent.entity === 'tour') {
        const before = await tourStore.read(trx, dependent.id)
        if (!before) continue
        const after = withoutInstitution(before, institutionId)
        await tourStore.write(trx, after)
        await recordChanges(trx, userId, [
          { entity: 'tour', recordId: dependent.id, action: 'update', before, after },
        ])
      }
      if (dependent.entity === 'group') {
        const before = await groupStore.read(trx, dependent.id)
        if (!before) continue
        const members = before.members.filter((m) => m.institutionId !== institutionId)
        const goes =
          before.seatId === institutionId || before.foundedAtId === institutionId || members.length < 2
        if (goes) {
          await groupStore.remove(trx, dependent.id)
        } else {
          await groupStore.write(trx, { ...before, members })
        }
        await recordChanges(trx, userId, [
          {
            entity: 'group',
            recordId: dependent.id,
            action: goes ? 'delete' : 'update',
            before,
            after: goes ? null : { ...before, members },
          },
        ])
      }
    }
  }
}

/** A tour whose stops no longer select or frame the institution (a stop framing only it frames what it shows). */
function withoutInstitution(tour: Tour, institutionId: string): Tour {
  return {
    ...tour,
    stops: tour.stops.map(({ focus, ...stop }) => {
      const kept = focus?.filter((id) => id !== institutionId)
      const selected = stop.selection?.type === 'institution' && stop.selection.id === institutionId
      return {
        ...stop,
        selection: selected ? null : stop.selection,
        ...(kept && kept.length > 0 ? { focus: kept } : {}),
      }
    }),
  }
}

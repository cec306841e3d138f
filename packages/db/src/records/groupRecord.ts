import type { GroupInput } from '@atlas/schema'
import { membershipLinks } from '../seed/membershipLinks'
import { groupsById } from './byId'
import { groupRows, linkRows } from './rows'
import type { RecordStore } from './store'
import { replaceChildren, upsertMain } from './upsert'

/**
 * A group with its members. Writing it rewrites the links that join its members to its seat, so the map, the
 * counts and the year filter follow every change of membership.
 */
export const groupStore: RecordStore<GroupInput> = {
  entity: 'group',
  table: 'groups',
  read: async (db, id) => (await groupsById(db, [id])).get(id),
  write: async (trx, group) => {
    const rows = groupRows(group)
    await upsertMain(trx, 'groups', rows.group)
    await replaceChildren(trx, 'group_initiatives', 'group_id', group.id, rows.initiatives)
    await replaceChildren(trx, 'group_members', 'group_id', group.id, rows.members)
    await trx.deleteFrom('links').where('group_id', '=', group.id).execute()
    const links = membershipLinks(group).map(linkRows)
    if (links.length > 0) {
      await trx
        .insertInto('links')
        .values(links.map((l) => l.link))
        .execute()
      await trx
        .insertInto('link_initiatives')
        .values(links.flatMap((l) => l.initiatives))
        .execute()
    }
  },
  remove: async (trx, id) => {
    await trx.deleteFrom('groups').where('id', '=', id).execute()
  },
  usedBy: async () => [],
  label: (group) => group.name,
}

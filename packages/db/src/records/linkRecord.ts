import type { LinkInput } from '@atlas/schema'
import { linksById } from './byId'
import { linkRows } from './rows'
import type { Reader, RecordStore } from './store'
import { replaceChildren, upsertMain } from './upsert'

/** A partnership as editors write it; a group's membership links are written through their group instead. */
async function readLink(db: Reader, id: string): Promise<LinkInput | undefined> {
  const stored = (await linksById(db, [id])).get(id)
  if (!stored) return undefined
  const { groupId: _, ...link } = stored
  return link
}

export const linkStore: RecordStore<LinkInput> = {
  entity: 'link',
  table: 'links',
  read: readLink,
  write: async (trx, link) => {
    const rows = linkRows({ ...link, groupId: null })
    await upsertMain(trx, 'links', rows.link)
    await replaceChildren(trx, 'link_initiatives', 'link_id', link.id, rows.initiatives)
  },
  remove: async (trx, id) => {
    await trx.deleteFrom('links').where('id', '=', id).execute()
  },
  usedBy: async () => [],
  label: (link) => `${link.from} – ${link.to}`,
}

/** The group whose membership a link is, or null for a partnership of its own. */
export async function membershipGroupOf(db: Reader, linkId: string): Promise<string | null> {
  const row = await db.selectFrom('links').select('group_id').where('id', '=', linkId).executeTakeFirst()
  return row?.group_id ?? null
}

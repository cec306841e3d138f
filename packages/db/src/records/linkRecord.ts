import { type LinkInput, partialDateOf } from '@atlas/schema'
import { linkRows } from './rows'
import type { Reader, RecordStore } from './store'
import { replaceChildren, upsertMain } from './upsert'

/** A partnership as editors write it; a group's membership links are written through their group instead. */
async function readLink(db: Reader, id: string): Promise<LinkInput | undefined> {
  const row = await db.selectFrom('links').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) return undefined
  const initiatives = await db
    .selectFrom('link_initiatives')
    .select('initiative_id')
    .where('link_id', '=', id)
    .orderBy('initiative_id')
    .execute()
  return {
    id: row.id,
    from: row.from_id,
    to: row.to_id,
    kind: row.kind,
    initiatives: initiatives.map((i) => i.initiative_id),
    start: partialDateOf(row.start_date, row.start_precision),
    end: partialDateOf(row.end_date, row.end_precision),
    status: row.status,
    description: row.description,
    sourceId: row.source_id,
  }
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

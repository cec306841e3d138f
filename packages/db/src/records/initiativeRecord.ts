import { type Initiative, initiativeTranslationsSchema } from '@atlas/schema'
import { initiativeRows } from './rows'
import type { Dependent, Reader, RecordStore } from './store'
import { replaceChildren, upsertMain } from './upsert'

async function readInitiative(db: Reader, id: string): Promise<Initiative | undefined> {
  const row = await db.selectFrom('initiatives').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) return undefined
  const sources = await db
    .selectFrom('initiative_sources')
    .select('source_id')
    .where('initiative_id', '=', id)
    .orderBy('source_id')
    .execute()
  return {
    id: row.id,
    name: row.name,
    colour: row.colour,
    description: row.description,
    parentId: row.parent_id,
    sourceIds: sources.map((s) => s.source_id),
    translations: initiativeTranslationsSchema.parse(row.translations),
  }
}

/** Sub-initiatives, links, groups and tours filed under an initiative. */
async function filedUnder(db: Reader, id: string): Promise<Dependent[]> {
  const [children, links, groups, tours] = await Promise.all([
    db.selectFrom('initiatives').select(['id', 'name']).where('parent_id', '=', id).execute(),
    db
      .selectFrom('link_initiatives')
      .innerJoin('links', 'links.id', 'link_initiatives.link_id')
      .select(['links.id', 'links.from_id', 'links.to_id'])
      .where('link_initiatives.initiative_id', '=', id)
      .where('links.group_id', 'is', null)
      .execute(),
    db
      .selectFrom('group_initiatives')
      .innerJoin('groups', 'groups.id', 'group_initiatives.group_id')
      .select(['groups.id', 'groups.name'])
      .where('group_initiatives.initiative_id', '=', id)
      .execute(),
    db.selectFrom('tours').select(['id', 'title']).where('initiative_id', '=', id).execute(),
  ])
  return [
    ...children.map((r) => ({ entity: 'initiative' as const, id: r.id, name: r.name })),
    ...links.map((r) => ({ entity: 'link' as const, id: r.id, name: `${r.from_id} – ${r.to_id}` })),
    ...groups.map((r) => ({ entity: 'group' as const, id: r.id, name: r.name })),
    ...tours.map((r) => ({ entity: 'tour' as const, id: r.id, name: r.title })),
  ]
}

export const initiativeStore: RecordStore<Initiative> = {
  entity: 'initiative',
  table: 'initiatives',
  read: readInitiative,
  write: async (trx, initiative) => {
    const rows = initiativeRows(initiative)
    await upsertMain(trx, 'initiatives', rows.initiative)
    await replaceChildren(trx, 'initiative_sources', 'initiative_id', initiative.id, rows.sources)
  },
  remove: async (trx, id) => {
    await trx.deleteFrom('initiatives').where('id', '=', id).execute()
  },
  usedBy: filedUnder,
  label: (initiative) => initiative.name,
}

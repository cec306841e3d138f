import type { Dataset } from '@atlas/schema'
import type { Kysely } from 'kysely'
import type { Database } from '../types'

/**
 * The seed without what editors have changed or deleted (`edited` holds `entity:id`), and without records that
 * refer to an institution an editor deleted: a rising seed version adds what is new and brings nothing back.
 */
export async function withoutEdited(
  db: Kysely<Database>,
  data: Dataset,
  edited: Set<string>,
): Promise<Dataset> {
  if (edited.size === 0) return data
  const keep = (entity: string) => (record: { id: string }) => !edited.has(`${entity}:${record.id}`)
  const editedInstitutions = data.institutions
    .filter((i) => edited.has(`institution:${i.id}`))
    .map((i) => i.id)
  const present = editedInstitutions.length
    ? new Set(
        (
          await db.selectFrom('institutions').select('id').where('id', 'in', editedInstitutions).execute()
        ).map((r) => r.id),
      )
    : new Set<string>()
  const gone = new Set(editedInstitutions.filter((id) => !present.has(id)))
  const intact = (...ids: (string | null)[]) => ids.every((id) => id === null || !gone.has(id))
  return {
    ...data,
    sources: data.sources.filter(keep('source')),
    initiatives: data.initiatives.filter(keep('initiative')),
    institutions: data.institutions.filter(keep('institution')),
    groups: data.groups
      .filter(keep('group'))
      .filter((g) => intact(g.seatId, g.foundedAtId, ...g.members.map((m) => m.institutionId))),
    links: data.links.filter(keep('link')).filter((l) => intact(l.from, l.to)),
    tours: data.tours.filter(keep('tour')),
  }
}

import { type InstitutionDetail, NO_FILTER } from '@atlas/schema'
import type { Kysely } from 'kysely'
import type { Database } from '../types'
import { listMemberships } from './groups'
import { findInstitution, listInstitutionsById } from './institutions'
import { listLinks } from './links'
import { listSources } from './sources'

/** Everything the details panel shows of one institution, with every source any of it cites. */
export async function getInstitutionDetail(
  db: Kysely<Database>,
  id: string,
): Promise<InstitutionDetail | undefined> {
  const institution = await findInstitution(db, id)
  if (!institution) return undefined
  const [links, memberships] = await Promise.all([listLinks(db, NO_FILTER, id), listMemberships(db, id)])
  const partnerIds = new Set(links.map((link) => (link.fromId === id ? link.toId : link.fromId)))
  const sourceIds = new Set([
    ...institution.sourceIds,
    ...(institution.coordinateSourceId ? [institution.coordinateSourceId] : []),
    ...institution.facts.map((f) => f.sourceId),
    ...links.map((l) => l.sourceId),
    ...memberships.map((m) => m.sourceId),
  ])
  return {
    institution,
    links,
    partners: await listInstitutionsById(db, [...partnerIds]),
    groups: memberships.map(({ sourceId: _, ...group }) => group),
    sources: await listSources(db, [...sourceIds]),
  }
}

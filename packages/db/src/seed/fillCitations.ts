import type { Dataset } from '@atlas/schema'
import type { Kysely } from 'kysely'
import type { Database } from '../types'
import { documentText } from './writeDataset'

/**
 * Gives records an earlier seed wrote what migrations 0005 and 0007 added: a source its text and address, a fact
 * its excerpt, an institution its cited coordinate, a group where it was founded. Only where the column is still
 * empty, and a fact only while it still says what the seed wrote, so nothing an editor set is overwritten. An institution without a coordinate
 * source has a coordinate nobody cited, so the cited one replaces it.
 */
export async function fillCitations(
  db: Kysely<Database>,
  data: Dataset,
  documents: Readonly<Record<string, string>>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const source of data.sources) {
      const text = documentText(source, documents)
      if (text) {
        await trx
          .updateTable('sources')
          .set({ text })
          .where('id', '=', source.id)
          .where('text', 'is', null)
          .execute()
      }
      if (source.url) {
        await trx
          .updateTable('sources')
          .set({ url: source.url, accessed_on: source.accessedOn })
          .where('id', '=', source.id)
          .where('url', 'is', null)
          .execute()
      }
    }
    for (const institution of data.institutions) {
      if (institution.coordinateSourceId) {
        await trx
          .updateTable('institutions')
          .set({
            lon: institution.lon,
            lat: institution.lat,
            precision: institution.precision,
            coordinate_source_id: institution.coordinateSourceId,
          })
          .where('id', '=', institution.id)
          .where('coordinate_source_id', 'is', null)
          .execute()
      }
      for (const fact of institution.facts) {
        if (!fact.excerpt) continue
        await trx
          .updateTable('facts')
          .set({ excerpt: fact.excerpt })
          .where('id', '=', fact.id)
          .where('text', '=', fact.text)
          .where('excerpt', 'is', null)
          .execute()
      }
    }
    for (const group of data.groups) {
      if (!group.foundedAtId) continue
      await trx
        .updateTable('groups')
        .set({ founded_at_id: group.foundedAtId })
        .where('id', '=', group.id)
        .where('founded_at_id', 'is', null)
        .execute()
    }
  })
}

import { type Dataset, datasetSchema, describeIssues } from '@atlas/schema'
import documents from './data/documents.json' with { type: 'json' }
import groups from './data/groups.json' with { type: 'json' }
import initiatives from './data/initiatives.json' with { type: 'json' }
import institutions from './data/institutions.json' with { type: 'json' }
import links from './data/links.json' with { type: 'json' }
import sources from './data/sources.json' with { type: 'json' }
import tours from './data/tours.json' with { type: 'json' }

/** The seed data files, checked by the shared schema: a mistake in them stops the seed before anything is written. */
export function seedDataset(): Dataset {
  const parsed = datasetSchema.safeParse({ sources, initiatives, institutions, groups, links, tours })
  if (!parsed.success) throw new Error(`seed data is invalid: ${describeIssues(parsed.error.issues)}`)
  return parsed.data
}

/**
 * The text of each seed document by its file name (`seedFile`): copies of the originals, kept with the data so an
 * atlas offline can show what its sources say.
 */
export function seedDocuments(): Readonly<Record<string, string>> {
  return documents
}

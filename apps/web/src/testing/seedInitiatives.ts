import { readFileSync } from 'node:fs'
import { type Initiative, initiativeSchema } from '@atlas/schema'

/**
 * The seed's initiatives, read from the db package's seed data and parsed by the shared schema as the seed parses
 * them: the colours a fresh atlas shows, for the tests that hold them to the map's colour rules.
 */
export function seedInitiatives(): Initiative[] {
  const file = new URL('../../../../packages/db/src/seed/data/initiatives.json', import.meta.url)
  return initiativeSchema.array().parse(JSON.parse(readFileSync(file, 'utf8')))
}

import type { Source, SourceReference } from '@atlas/schema'
import type { Kysely } from 'kysely'
import { recordChanges } from '../history/recordChange'
import { sourceRow } from '../records/rows'
import type { Database } from '../types'
import type { IssueLog } from './issueLog'
import type { SourceIndex } from './knownRecords'
import { slugOf, uniqueSlug } from './slug'

/**
 * Turns each row's citation into a source id: an existing source by id or address, or a new source described
 * inline, made once however many rows cite its address. Only the addresses of new sources are held.
 */
export class SourcePlanner {
  private readonly created = new Map<string, { id: string; title: string; line: number }>()
  private readonly createdIds = new Set<string>()
  private pending: Source[] = []

  constructor(
    private readonly known: SourceIndex,
    private readonly issues: IssueLog,
  ) {}

  /** How many sources the file describes that the atlas does not have. */
  get newCount(): number {
    return this.created.size
  }

  /** The id of the source a row cites, or undefined once the problem is reported. */
  resolve(reference: SourceReference, line: number): string | undefined {
    switch (reference.kind) {
      case 'id':
        if (this.known.ids.has(reference.id)) return reference.id
        this.issues.add(
          line,
          'source',
          `there is no source with the id "${reference.id}" in the atlas; cite an existing source by its id or address, or describe a new one in "source_title" and "source_url"`,
        )
        return undefined
      case 'url': {
        const id = this.known.byUrl.get(reference.url) ?? this.created.get(reference.url)?.id
        if (id) return id
        this.issues.add(
          line,
          'source',
          `no source in the atlas has the address ${reference.url}; to add it, give its title in "source_title" and its address in "source_url"`,
        )
        return undefined
      }
      case 'new':
        return this.known.byUrl.get(reference.url) ?? this.newSource(reference, line)
    }
  }

  private newSource(reference: Extract<SourceReference, { kind: 'new' }>, line: number): string | undefined {
    const earlier = this.created.get(reference.url)
    if (earlier) {
      if (earlier.title === reference.title) return earlier.id
      this.issues.add(
        line,
        'source_title',
        `line ${earlier.line} gives the source at ${reference.url} the title "${earlier.title}": one address must have one title`,
      )
      return undefined
    }
    const id = uniqueSlug(
      slugOf(reference.title, 'source'),
      (id) => this.known.ids.has(id) || this.createdIds.has(id),
    )
    this.created.set(reference.url, { id, title: reference.title, line })
    this.createdIds.add(id)
    this.pending.push({
      id,
      title: reference.title,
      publisher: reference.publisher,
      publishedOn: reference.publishedOn,
      seedFile: null,
      url: reference.url,
      accessedOn: null,
    })
    return id
  }

  /** The new sources first cited since the last call: a batch writes them before the records that cite them. */
  takeNew(): Source[] {
    const sources = this.pending
    this.pending = []
    return sources
  }
}

/** Adds new sources, each with its history entry. */
export async function writeSources(
  trx: Kysely<Database>,
  userId: string,
  sources: readonly Source[],
): Promise<void> {
  if (sources.length === 0) return
  await trx
    .insertInto('sources')
    .values(sources.map((source) => sourceRow(source, null)))
    .execute()
  await recordChanges(
    trx,
    userId,
    sources.map((source) => ({
      entity: 'source',
      recordId: source.id,
      action: 'create',
      before: null,
      after: source,
    })),
  )
}

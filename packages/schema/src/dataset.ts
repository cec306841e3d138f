import { z } from 'zod'
import { groupInputSchema, membershipLinkId } from './group'
import { initiativeSchema } from './initiative'
import { institutionSchema } from './institution'
import { linkInputSchema } from './link'
import { sourceSchema } from './source'
import { tourSchema } from './tour'

/**
 * A whole data set (the seed, later an import): every record valid on its own, ids unique, and every
 * reference pointing at a record of the set. Issues name the record and field, e.g. links[3].to.
 */
export const datasetSchema = z
  .object({
    sources: z.array(sourceSchema),
    initiatives: z.array(initiativeSchema),
    institutions: z.array(institutionSchema),
    groups: z.array(groupInputSchema),
    links: z.array(linkInputSchema),
    tours: z.array(tourSchema),
  })
  .superRefine((data, ctx) => {
    const ids = {
      sources: idsOf(data.sources),
      initiatives: idsOf(data.initiatives),
      institutions: idsOf(data.institutions),
    }
    const expect = (set: Set<string>, id: string, path: (string | number)[], what: string) => {
      if (!set.has(id)) ctx.addIssue({ code: 'custom', path, message: `refers to unknown ${what} "${id}"` })
    }
    for (const key of ['sources', 'initiatives', 'institutions', 'groups', 'links', 'tours'] as const) {
      const seen = new Set<string>()
      data[key].forEach((record, i) => {
        if (seen.has(record.id)) {
          ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `repeats the id "${record.id}"` })
        }
        seen.add(record.id)
      })
    }
    const expectEach = (
      set: Set<string>,
      list: readonly string[],
      path: (string | number)[],
      what: string,
    ) => {
      list.forEach((id, j) => {
        expect(set, id, [...path, j], what)
      })
    }
    const factIds = new Set<string>()
    data.initiatives.forEach((initiative, i) => {
      if (initiative.parentId)
        expect(ids.initiatives, initiative.parentId, ['initiatives', i, 'parentId'], 'initiative')
      expectEach(ids.sources, initiative.sourceIds, ['initiatives', i, 'sourceIds'], 'source')
    })
    data.institutions.forEach((institution, i) => {
      expectEach(ids.sources, institution.sourceIds, ['institutions', i, 'sourceIds'], 'source')
      if (institution.coordinateSourceId)
        expect(
          ids.sources,
          institution.coordinateSourceId,
          ['institutions', i, 'coordinateSourceId'],
          'source',
        )
      institution.facts.forEach((fact, j) => {
        expect(ids.sources, fact.sourceId, ['institutions', i, 'facts', j, 'sourceId'], 'source')
        if (factIds.has(fact.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['institutions', i, 'facts', j, 'id'],
            message: `repeats the id "${fact.id}"`,
          })
        }
        factIds.add(fact.id)
      })
    })
    data.groups.forEach((group, i) => {
      expect(ids.institutions, group.seatId, ['groups', i, 'seatId'], 'institution')
      if (group.foundedAtId)
        expect(ids.institutions, group.foundedAtId, ['groups', i, 'foundedAtId'], 'institution')
      expect(ids.sources, group.sourceId, ['groups', i, 'sourceId'], 'source')
      expectEach(ids.initiatives, group.initiatives, ['groups', i, 'initiatives'], 'initiative')
      expectEach(
        ids.institutions,
        group.members.map((member) => member.institutionId),
        ['groups', i, 'members'],
        'institution',
      )
    })
    data.links.forEach((link, i) => {
      expect(ids.institutions, link.from, ['links', i, 'from'], 'institution')
      expect(ids.institutions, link.to, ['links', i, 'to'], 'institution')
      expect(ids.sources, link.sourceId, ['links', i, 'sourceId'], 'source')
      expectEach(ids.initiatives, link.initiatives, ['links', i, 'initiatives'], 'initiative')
    })
    const linkIds = new Set([
      ...data.links.map((link) => link.id),
      ...data.groups.flatMap((g) => g.members.map((m) => membershipLinkId(g.id, m.institutionId))),
    ])
    data.tours.forEach((tour, i) => {
      if (tour.initiativeId)
        expect(ids.initiatives, tour.initiativeId, ['tours', i, 'initiativeId'], 'initiative')
      expectEach(ids.sources, tour.sourceIds, ['tours', i, 'sourceIds'], 'source')
      tour.stops.forEach((stop, j) => {
        const path = ['tours', i, 'stops', j]
        expectEach(
          ids.initiatives,
          stop.filter.initiatives ?? [],
          [...path, 'filter', 'initiatives'],
          'initiative',
        )
        if (stop.selection?.type === 'institution') {
          expect(ids.institutions, stop.selection.id, [...path, 'selection', 'id'], 'institution')
        }
        if (stop.selection?.type === 'link')
          expect(linkIds, stop.selection.id, [...path, 'selection', 'id'], 'link')
        expectEach(ids.institutions, stop.focus ?? [], [...path, 'focus'], 'institution')
      })
    })
  })

export type Dataset = z.infer<typeof datasetSchema>

function idsOf(records: { id: string }[]): Set<string> {
  return new Set(records.map((record) => record.id))
}

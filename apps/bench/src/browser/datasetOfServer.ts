import type { Initiative, InstitutionSummary, Link } from '@atlas/schema'
import type { BenchDataset } from '../generate/dataset'

/** One query procedure of a running atlas's api, as the web app calls it. */
async function read<T>(appUrl: string, procedure: string): Promise<T> {
  const response = await fetch(`${appUrl}/trpc/${procedure}`)
  if (!response.ok) throw new Error(`${procedure}: HTTP ${response.status}`)
  return ((await response.json()) as { result: { data: T } }).result.data
}

/** What a running atlas serves, in the shape of a generated data set, for trying the benchmark on a server's data. */
export async function datasetOfServer(appUrl: string): Promise<BenchDataset> {
  const [institutions, links, initiatives] = await Promise.all([
    read<InstitutionSummary[]>(appUrl, 'institution.list'),
    read<Link[]>(appUrl, 'link.list'),
    read<Initiative[]>(appUrl, 'initiative.list'),
  ])
  const year = (date: string | null) => (date === null ? null : Number(date.slice(0, 4)))
  return {
    size: 'S',
    institutions: institutions.map(({ id, name, kind, country, city, lat, lon }) => ({
      id,
      name,
      kind,
      country,
      city,
      lat,
      lng: lon,
    })),
    links: links.map(({ id, fromId, toId, kind, initiatives, startDate, endDate }) => ({
      id,
      fromId,
      toId,
      kind,
      initiatives,
      startYear: year(startDate) ?? 0,
      endYear: year(endDate),
    })),
    initiatives: initiatives.map(({ id, name, parentId }) => ({ id, name, parentId })),
  }
}

/** An initiative of the synthetic atlas; a child is filed under its parent, as the Sino-Polish consortium is. */
export interface BenchInitiative {
  id: string
  name: string
  parentId: string | null
}

/**
 * The initiatives every size uses, heaviest first (links draw them in this order of weight): six at the top and
 * two filed under others, so the filter's "own initiative" rule has parents to see past.
 */
export const BENCH_INITIATIVES: readonly BenchInitiative[] = [
  { id: 'bench-global-exchange', name: 'Global Exchange Programme', parentId: null },
  { id: 'bench-research-alliance', name: 'Research Alliance', parentId: null },
  { id: 'bench-health-sciences', name: 'Health Sciences Network', parentId: 'bench-research-alliance' },
  { id: 'bench-vocational-bridge', name: 'Vocational Bridge', parentId: null },
  { id: 'bench-digital-campus', name: 'Digital Campus', parentId: null },
  { id: 'bench-applied-ai', name: 'Applied AI Consortium', parentId: 'bench-digital-campus' },
  { id: 'bench-green-universities', name: 'Green Universities', parentId: null },
  { id: 'bench-twin-cities', name: 'Twin Cities Compact', parentId: null },
]

// The bare page the benchmark holds the atlas against: MapLibre at its defaults, the data as two static
// GeoJSON files, a background and nothing else, so that nothing but the data costs anything.
import { Map as MapLibreMap } from './maplibre-gl.mjs'

const ARC_COLOUR = '#3b82f6'
const INSTITUTION_COLOUR = '#e5484d'

const map = new MapLibreMap({
  container: 'map',
  // The atlas's own first view (apps/web/src/state/defaultAtlasView.ts).
  center: [60, 30],
  zoom: 2.2,
  attributionControl: false,
  style: {
    version: 8,
    sources: {
      // Clustered as MapLibre clusters by default, as the atlas clusters its institutions.
      institutions: { type: 'geojson', data: '/data/institutions.geojson', cluster: true },
      arcs: { type: 'geojson', data: '/data/arcs.geojson' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } },
      {
        id: 'arcs',
        type: 'line',
        source: 'arcs',
        paint: { 'line-color': ARC_COLOUR, 'line-width': 1.5, 'line-opacity': 0.6 },
      },
      {
        id: 'clusters',
        type: 'circle',
        source: 'institutions',
        filter: ['has', 'point_count'],
        paint: {
          'circle-color': INSTITUTION_COLOUR,
          'circle-radius': ['step', ['get', 'point_count'], 8, 10, 12, 100, 16],
        },
      },
      {
        id: 'institutions',
        type: 'circle',
        source: 'institutions',
        filter: ['!', ['has', 'point_count']],
        paint: { 'circle-color': INSTITUTION_COLOUR, 'circle-radius': 4 },
      },
    ],
  },
})

/** What the benchmark reads from the page (see floorProbe.ts). */
window.floor = {
  /** Milliseconds from navigation to the first `idle` with both sources loaded; null until then. */
  firstIdleMs: null,
  /** The first error the map reported, if any. */
  error: null,
  /** Hides the arcs of one initiative and answers the milliseconds until the map is next idle. */
  dropInitiative: (initiative) =>
    new Promise((resolve) => {
      const start = performance.now()
      map.setFilter('arcs', ['!=', ['get', 'initiative'], initiative])
      map.once('idle', () => resolve(performance.now() - start))
    }),
}

map.on('idle', () => {
  if (window.floor.firstIdleMs === null && map.isSourceLoaded('institutions') && map.isSourceLoaded('arcs')) {
    window.floor.firstIdleMs = performance.now()
  }
})
map.on('error', (event) => {
  window.floor.error ??= String(event.error?.message ?? event.error)
})

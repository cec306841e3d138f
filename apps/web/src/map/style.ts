import type { FeatureCollection } from 'geojson'
import type { SourceSpecification, StyleSpecification } from 'maplibre-gl'
import { DETAIL_PROTOCOL, DETAIL_TILES } from './basemap/detailTiles'
import { FONT_FACES } from './fonts'
import { SOURCE_IDS } from './layerIds'

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] }

/** Natural Earth's 1:50m shapes gain nothing from tiles past this zoom; deeper tiles are cut from these. */
const BASEMAP_MAX_ZOOM = 8

/**
 * The map's sources, empty: the component hands them their data as it arrives and whenever it changes. Institutions
 * are clustered up to zoom 11; beyond it the spiral of displayPositions keeps institutions of one city apart.
 */
function atlasSources(): Record<string, SourceSpecification> {
  return {
    [SOURCE_IDS.countries]: {
      type: 'geojson',
      data: EMPTY,
      maxzoom: BASEMAP_MAX_ZOOM,
      attribution: 'Natural Earth',
    },
    [SOURCE_IDS.countryLines]: { type: 'geojson', data: EMPTY, maxzoom: BASEMAP_MAX_ZOOM },
    [SOURCE_IDS.countryLabels]: { type: 'geojson', data: EMPTY },
    // A small buffer: cutting long arcs into tiles is most of the cost of many links (shared/notes/map-scale.md).
    [SOURCE_IDS.arcs]: { type: 'geojson', data: EMPTY, buffer: 16 },
    [SOURCE_IDS.flows]: { type: 'geojson', data: EMPTY, buffer: 16 },
    [SOURCE_IDS.institutions]: {
      type: 'geojson',
      data: EMPTY,
      cluster: true,
      clusterRadius: 44,
      clusterMaxZoom: CLUSTER_MAX_ZOOM,
    },
    [SOURCE_IDS.highlighted]: { type: 'geojson', data: EMPTY },
  }
}

/** The last zoom at which institutions are clustered: past it every institution is drawn by itself. */
export const CLUSTER_MAX_ZOOM = 11

/**
 * The offline style: no URL anywhere, text drawn from the fonts shipped with the app. Its layers come once it has
 * loaded, as those of any style do (useLayerSync).
 */
export function offlineStyle(): StyleSpecification {
  return {
    version: 8,
    'font-faces': FONT_FACES,
    sources: { ...atlasSources(), [SOURCE_IDS.basemapDetail]: basemapDetailSource() },
    layers: [],
  }
}

/**
 * The close-up basemap, asked for only past its first zoom and served by this app's own server (detailProtocol.ts
 * answers the scheme). Its places are GeoNames', whose licence asks for the credit;
 * its shapes are Natural Earth's, credited by the countries.
 */
function basemapDetailSource(): SourceSpecification {
  return {
    type: 'vector',
    tiles: [`${DETAIL_PROTOCOL}://{z}/{x}/{y}`],
    minzoom: DETAIL_TILES.minZoom,
    maxzoom: DETAIL_TILES.maxZoom,
    attribution: 'GeoNames (CC BY 4.0)',
  }
}

/** An online basemap's style with the atlas's sources and fonts beside its own; the atlas's layers go on top. */
export function withAtlasSources(basemap: StyleSpecification): StyleSpecification {
  return {
    ...basemap,
    'font-faces': { ...basemap['font-faces'], ...FONT_FACES },
    sources: { ...basemap.sources, ...atlasSources() },
  }
}

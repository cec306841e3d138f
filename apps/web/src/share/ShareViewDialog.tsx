import { useQueryClient } from '@tanstack/react-query'
import type { Map as MapLibreMap } from 'maplibre-gl'
import type { FilteredAtlas } from '../data/filterAtlas'
import type { AtlasData } from '../data/useAtlasData'
import { countryName } from '../i18n/format'
import { t } from '../i18n/translate'
import type { AtlasView } from '../state/atlasView'
import { useTRPC } from '../trpc'
import type { AtlasExport } from './atlasExport'
import { csvBlob, institutionsCsv, linksCsv } from './csvExport'
import { downloadBlob, exportFileName } from './download'
import { atlasFeatureCollection, geoJsonBlob } from './geojsonExport'
import { imageLegendItems, shownSourceIds } from './imageContent'
import { ShareDialog } from './ShareDialog'
import { sourceLine } from './sourceLine'
import { useShareAddress } from './useShareAddress'
import { type Bounds, normaliseBounds } from './viewBounds'

interface Props {
  open: boolean
  onClose(): void
  /** What the image's title starts as: the tour stop's title, or what the filter shows. */
  imageTitle: string
  atlas: AtlasView
  data: AtlasData | null
  filtered: FilteredAtlas | null
  /** The map on screen, once it exists (AtlasMap's onMapReady). */
  map: MapLibreMap | null
}

const once = { staleTime: Number.POSITIVE_INFINITY } as const

/**
 * The share dialog for the view on screen: its link (without a tour presenting it) at the address the audience
 * opens, an image of the map as shown with the legend and sources of what is shown, and the filtered data as CSV
 * and GeoJSON.
 */
export function ShareViewDialog({ open, onClose, imageTitle, atlas, data, filtered, map }: Props) {
  const trpc = useTRPC()
  const address = useShareAddress()
  const queryClient = useQueryClient()
  // Fetched once, when first needed: the exports name the sources of what they hold.
  const loadSources = () => queryClient.fetchQuery(trpc.source.list.queryOptions(undefined, once))

  const shown = () => {
    if (!data || !filtered) throw new Error(t('share.notLoaded'))
    return { data, filtered }
  }
  const exportData = async (): Promise<AtlasExport> => {
    const { data, filtered } = shown()
    return {
      institutions: filtered.institutions,
      links: filtered.links,
      linksByInstitution: filtered.linksByInstitution,
      allInstitutions: data.institutions,
      initiatives: data.initiatives,
      groups: data.groups,
      sources: await loadSources(),
      countryName,
    }
  }

  return (
    <ShareDialog
      open={open}
      onClose={onClose}
      url={address.url}
      localOnly={address.localOnly}
      viewBounds={open && map ? shownBounds(map) : null}
      windowSize={{ width: window.innerWidth, height: window.innerHeight }}
      imageTitle={imageTitle}
      onExportPng={async ({ size, title }, onProgress) => {
        const { data, filtered } = shown()
        if (!map) throw new Error(t('share.notLoaded'))
        const [sources, { exportAtlasImage }] = await Promise.all([loadSources(), import('./atlasImage')])
        await exportAtlasImage({
          map,
          ...size,
          title,
          legendItems: imageLegendItems(filtered, data.initiatives, atlas.options.colourBy),
          sourceLine: sourceLine(shownSourceIds(filtered.links), sources, address.site),
          theme: atlas.theme,
          onProgress,
        })
      }}
      onExportCsv={async (table) => {
        const exported = await exportData()
        const csv = table === 'institutions' ? institutionsCsv(exported) : linksCsv(exported)
        downloadBlob(csvBlob(csv), exportFileName(table, 'csv'))
      }}
      onExportGeoJson={async () => {
        const collection = atlasFeatureCollection(await exportData())
        downloadBlob(geoJsonBlob(collection), exportFileName('map-data', 'geojson'))
      }}
    />
  )
}

/**
 * What the map shows, when it looks straight down with north up: a rotated or tilted view's bounds hold far more
 * than it shows, so such a view is embedded by its centre and zoom instead.
 */
function shownBounds(map: MapLibreMap): Bounds | null {
  if (map.getBearing() !== 0 || map.getPitch() !== 0) return null
  const bounds = map.getBounds()
  return normaliseBounds({
    west: bounds.getWest(),
    south: bounds.getSouth(),
    east: bounds.getEast(),
    north: bounds.getNorth(),
  })
}

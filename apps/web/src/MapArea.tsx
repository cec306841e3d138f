import { lazy, Suspense, useState } from 'react'
import { t } from './i18n/translate'
import type { AtlasMapProps } from './map/AtlasMapProps'
import { LoadBoundary } from './panels/LoadBoundary'

// The map (MapLibre and its layers) is the heaviest code on the page: it loads as a chunk of its own.
const loadMap = () => import('./map/AtlasMap')

/** Starts fetching the map's code while the data is still on its way. */
export function preloadMap(): void {
  // A failure here is not lost: the lazy component asks again when it renders, and shows the error.
  loadMap().then(
    () => undefined,
    () => undefined,
  )
}

/** The map, loaded on demand, with a message while it loads and a Retry if it fails. */
export function MapArea(props: AtlasMapProps) {
  const [AtlasMap, setAtlasMap] = useState(() => lazy(loadMap))
  return (
    <LoadBoundary
      describe={(message) => t('status.mapFailed', { message })}
      onRetry={() => setAtlasMap(() => lazy(loadMap))}
    >
      <Suspense
        fallback={
          <div className="notice notice-centre" role="status">
            <span className="spinner" aria-hidden="true" />
            <p>{t('status.mapLoading')}</p>
          </div>
        }
      >
        <AtlasMap {...props} />
      </Suspense>
    </LoadBoundary>
  )
}

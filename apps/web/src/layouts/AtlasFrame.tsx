import type { ReactNode } from 'react'
import type { AtlasDataState } from '../data/useAtlasData'
import type { Insets } from '../map/useView'
import { DataStatus } from '../panels/DataStatus'
import type { Size } from '../present/frame'
import { MapSlot } from './MapSlot'
import { useSheetCover } from './useSheetCover'

/**
 * How the page shows the atlas: the dashboard (panels around the map), a tour presented over the map alone
 * (`?tour=`, state/urlState.ts), or the map alone embedded in another page (`?embed=1`, share/embedUrl.ts).
 */
export type Layout = 'dashboard' | 'presentation' | 'embed'

/** What every layout is given to show the map: the element the map is drawn in, and how its data is coming. */
export interface MapStage {
  host: HTMLElement
  dataState: AtlasDataState
}

interface Props extends MapStage {
  layout: Layout
  /** Above the map, across the page. */
  header?: ReactNode
  /** Left of the map. */
  beside?: ReactNode
  /** Over the map, once the data is there. */
  overMap?: ReactNode
  /** Right of the map, or over its bottom as a sheet where the screen is narrow (styles/layout.css). */
  aside?: ReactNode
  /** Over everything: a presentation, dialogs. */
  after?: ReactNode
  /** Called with how much of each side of the map the aside covers, whenever that changes. */
  onCover?(covered: Insets): void
}

/**
 * The page's frame, the same in every layout (styles/layout.css lays it out): the map in the middle, or what
 * keeps it waiting, and the places a layout puts its own parts.
 */
export function AtlasFrame({
  layout,
  host,
  dataState,
  header,
  beside,
  overMap,
  aside,
  after,
  onCover,
}: Props) {
  const hasAside = aside !== null && aside !== undefined
  const { area, sheet } = useSheetCover(hasAside, onCover)
  return (
    <div className="app" data-layout={layout}>
      {header}
      <div className="app-body">
        {beside}
        <main ref={area} className="map-area">
          {dataState.status === 'ready' ? (
            <>
              <MapSlot host={host} />
              {overMap}
            </>
          ) : (
            <DataStatus state={dataState} />
          )}
        </main>
        {hasAside ? (
          <div ref={sheet} className="app-aside">
            {aside}
          </div>
        ) : null}
      </div>
      {after}
    </div>
  )
}

/**
 * The size of the area the map fills, where the map's `host` is shown: the host and its slot hold the map without a
 * box of their own, the map area has one. Zero while the host is not in a frame.
 */
export function mapAreaSize(host: HTMLElement): Size {
  const { width = 0, height = 0 } = host.closest('.map-area')?.getBoundingClientRect() ?? {}
  return { width, height }
}

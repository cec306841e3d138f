import type { ReactNode } from 'react'
import type { AtlasDataState } from '../data/useAtlasData'
import { DataStatus } from '../panels/DataStatus'
import { MapSlot } from './MapSlot'

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
  /** Right of the map. */
  aside?: ReactNode
  /** Over everything: a presentation, dialogs. */
  after?: ReactNode
}

/**
 * The page's frame, the same in every layout (styles/layout.css lays it out): the map in the middle, or what
 * keeps it waiting, and the places a layout puts its own parts.
 */
export function AtlasFrame({ layout, host, dataState, header, beside, overMap, aside, after }: Props) {
  return (
    <div className="app" data-layout={layout}>
      {header}
      <div className="app-body">
        {beside}
        <main className="map-area">
          {dataState.status === 'ready' ? (
            <>
              <MapSlot host={host} />
              {overMap}
            </>
          ) : (
            <DataStatus state={dataState} />
          )}
        </main>
        {aside}
      </div>
      {after}
    </div>
  )
}

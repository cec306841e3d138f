import { EmbedBar } from '../share/EmbedBar'
import { useFitBounds } from '../share/useFitBounds'
import type { Bounds } from '../share/viewBounds'
import { AtlasFrame, type MapStage } from './AtlasFrame'

interface Props {
  stage: MapStage
  /** The title the embed was given (`&title=`), or null. */
  title: string | null
  /** What the embed shows, fitted to its frame (`&bounds=`), or null to keep the view's centre and zoom. */
  bounds: Bounds | null
}

/** The map alone, in another site's page: its title over it, and a link to the same view in the full atlas. */
export function EmbedLayout({ stage, title, bounds }: Props) {
  useFitBounds(bounds)
  return <AtlasFrame {...stage} layout="embed" overMap={<EmbedBar title={title} />} />
}

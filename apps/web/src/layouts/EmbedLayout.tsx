import { EmbedBar } from '../share/EmbedBar'
import { AtlasFrame, type MapStage } from './AtlasFrame'

interface Props {
  stage: MapStage
  /** The title the embed was given (`&title=`), or null. */
  title: string | null
}

/** The map alone, in another site's page: its title over it, and a link to the same view in the full atlas. */
export function EmbedLayout({ stage, title }: Props) {
  return <AtlasFrame {...stage} layout="embed" overMap={<EmbedBar title={title} />} />
}

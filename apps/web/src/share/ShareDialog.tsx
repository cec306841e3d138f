import { t } from '../i18n/translate'
import { Dialog } from '../panels/Dialog'
import { type DataExport, DataSection } from './DataSection'
import { EmbedSection } from './EmbedSection'
import { type ImageExport, ImageSection } from './ImageSection'
import { LinkSection } from './LinkSection'
import type { ShareAddress } from './shareAddress'
import type { Bounds } from './viewBounds'
import './share.css'

export interface ShareDialogProps extends ImageExport, DataExport {
  open: boolean
  onClose(): void
  /** The link to this view, at the address its audience opens (shareAddress.ts). */
  url: string
  /** Set when the link opens on this computer only: the same view at the server's network addresses. */
  localOnly?: ShareAddress['localOnly']
  /** What the map shows, for an embed to fit to its frame; null or absent keeps the view's centre and zoom. */
  viewBounds?: Bounds | null
}

/** Sharing the current view: its link and QR code, an image of the map, the data shown, and embed code. */
export function ShareDialog(props: ShareDialogProps) {
  return (
    <Dialog open={props.open} onClose={props.onClose} heading={t('share.heading')} className="share-dialog">
      <div className="share-sections">
        <LinkSection url={props.url} localOnly={props.localOnly} />
        <ImageSection {...props} />
        <DataSection {...props} />
        <EmbedSection url={props.url} bounds={props.viewBounds ?? null} />
      </div>
    </Dialog>
  )
}

import { t } from '../i18n/translate'
import { Dialog } from '../panels/Dialog'
import { type DataExport, DataSection } from './DataSection'
import { EmbedSection } from './EmbedSection'
import { type ImageExport, ImageSection } from './ImageSection'
import { LinkSection } from './LinkSection'
import './share.css'

export interface ShareDialogProps extends ImageExport, DataExport {
  open: boolean
  onClose(): void
  /** The link to this view: the page's URL, as the atlas view writes it. */
  url: string
}

/** Sharing the current view: its link and QR code, an image of the map, the data shown, and embed code. */
export function ShareDialog(props: ShareDialogProps) {
  return (
    <Dialog open={props.open} onClose={props.onClose} heading={t('share.heading')} className="share-dialog">
      <div className="share-sections">
        <LinkSection url={props.url} />
        <ImageSection {...props} />
        <DataSection {...props} />
        <EmbedSection url={props.url} />
      </div>
    </Dialog>
  )
}

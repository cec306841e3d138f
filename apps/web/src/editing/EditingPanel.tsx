import { t } from '../i18n/translate'
import type { EditTarget } from './editTarget'
import { GroupForm } from './GroupForm'
import { InitiativeForm } from './InitiativeForm'
import { InitiativeList } from './InitiativeList'
import { InstitutionForm } from './InstitutionForm'
import { LinkForm } from './LinkForm'
import { SourceForm } from './SourceForm'
import { TourForm } from './TourForm'

/**
 * The form open beside the map, in the details' place. Not a modal dialog: the map stays in reach, to drag an
 * institution's pin to its campus or to frame a tour's stop.
 */
export function EditingPanel({ target }: { target: EditTarget }) {
  // Each record opens afresh: a form keeps no draft of another.
  const key = `${target.form}:${'id' in target ? (target.id ?? 'new') : ''}:${target.form === 'link' ? (target.fromId ?? '') : ''}`
  return (
    <aside className="side-panel details-panel editing-panel" aria-label={t('edit.panelLabel')}>
      <EditingForm key={key} target={target} />
    </aside>
  )
}

function EditingForm({ target }: { target: EditTarget }) {
  switch (target.form) {
    case 'institution':
      return <InstitutionForm id={target.id} />
    case 'link':
      return <LinkForm id={target.id} fromId={target.fromId} />
    case 'group':
      return <GroupForm id={target.id} />
    case 'initiatives':
      return <InitiativeList />
    case 'initiative':
      return <InitiativeForm id={target.id} />
    case 'source':
      return <SourceForm id={target.id} />
    case 'tour':
      return <TourForm id={target.id} />
  }
}

export default EditingPanel

import { t } from '../i18n/translate'
import type { EditTarget } from './editTarget'
import { GroupMembersForm } from './GroupMembersForm'
import { InstitutionForm } from './InstitutionForm'
import { LinkForm } from './LinkForm'

/**
 * The form open beside the map, in the details' place. Not a modal dialog: the map stays in reach, to drag an
 * institution's pin to its campus.
 */
export function EditingPanel({ target }: { target: EditTarget }) {
  // Each record opens afresh: a form keeps no draft of another.
  const key = `${target.form}:${target.id ?? 'new'}:${target.form === 'link' ? (target.fromId ?? '') : ''}`
  return (
    <aside className="side-panel details-panel editing-panel" aria-label={t('edit.panelLabel')}>
      {target.form === 'institution' ? (
        <InstitutionForm key={key} id={target.id} />
      ) : target.form === 'link' ? (
        <LinkForm key={key} id={target.id} fromId={target.fromId} />
      ) : (
        <GroupMembersForm key={key} id={target.id} />
      )}
    </aside>
  )
}

export default EditingPanel

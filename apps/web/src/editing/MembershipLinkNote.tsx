import { t } from '../i18n/translate'
import { useEditor } from './EditingContext'

interface Props {
  groupName: string
  onOpenGroup(): void
}

/**
 * Shown to editors instead of a membership link's controls: the server refuses to change such a link on its own,
 * since the group's member list is what it is drawn from.
 */
export function MembershipLinkNote({ groupName, onOpenGroup }: Props) {
  const editor = useEditor()
  if (!editor) return null
  return (
    <p className="hint record-actions">
      {t('edit.membershipLink', { group: groupName })}{' '}
      <button type="button" className="link-button" onClick={onOpenGroup}>
        {t('edit.openGroup')}
      </button>
    </p>
  )
}

import type { RouterOutputs } from '@atlas/api'
import { useQuery } from '@tanstack/react-query'
import { t } from '../i18n/translate'
import { Dialog } from '../panels/Dialog'
import { useTRPC } from '../trpc'
import { HistoryEntry } from './HistoryList'
import { Loaded } from './Loaded'

type Change = RouterOutputs['history']['recent'][number]

interface Props {
  open: boolean
  onClose(): void
}

/**
 * The latest changes to any record, newest first. The one place a deleted record's history is found, since it is
 * no longer on the map to open: an admin restores it from here.
 */
export function RecentChangesDialog({ open, onClose }: Props) {
  return (
    <Dialog open={open} onClose={onClose} heading={t('recent.heading')} className="edit-dialog">
      <RecentChangesList />
    </Dialog>
  )
}

function RecentChangesList() {
  const trpc = useTRPC()
  const changes = useQuery(trpc.history.recent.queryOptions())
  return <Loaded query={changes}>{(list) => <RecentChanges changes={list} />}</Loaded>
}

/** The changes, newest first, each record's first entry being its latest change. */
function RecentChanges({ changes }: { changes: readonly Change[] }) {
  if (changes.length === 0) return <p className="hint">{t('recent.empty')}</p>
  const seen = new Set<string>()
  return (
    <ol className="history-list">
      {changes.map((change) => {
        const record = `${change.entity}:${change.recordId}`
        const latest = !seen.has(record)
        seen.add(record)
        return (
          <HistoryEntry
            key={change.id}
            change={change}
            latest={latest}
            record={t('recent.record', { entity: change.entity, name: recordName(change) })}
          />
        )
      })}
    </ol>
  )
}

/** The record's name or title as the change left it (or as it was, for a deletion), else its id. */
function recordName(change: Change): string {
  const snapshot = change.after ?? change.before
  if (typeof snapshot === 'object' && snapshot !== null) {
    if ('name' in snapshot && typeof snapshot.name === 'string') return snapshot.name
    if ('title' in snapshot && typeof snapshot.title === 'string') return snapshot.title
  }
  return change.recordId
}

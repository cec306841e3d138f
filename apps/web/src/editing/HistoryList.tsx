import type { RouterOutputs } from '@atlas/api'
import type { EntityName } from '@atlas/schema'
import { useMutation, useQuery } from '@tanstack/react-query'
import { intlLocale, t } from '../i18n/translate'
import { useTRPC } from '../trpc'
import { changedFields } from './changeDiff'
import { useEditor } from './EditingContext'
import { editFailure } from './editFailure'
import { FieldComparison } from './FieldComparison'
import { Loaded } from './Loaded'

type Change = RouterOutputs['history']['list'][number]

const WHEN = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeStyle: 'short' })

interface Props {
  entity: EntityName
  id: string
}

/**
 * A record's changes, newest first: who, when, what they did and each field's value before and after. An admin
 * may write any version back ("Restore this version"), which is itself kept as a change.
 */
export function HistoryList({ entity, id }: Props) {
  const trpc = useTRPC()
  const changes = useQuery(trpc.history.list.queryOptions({ entity, id }))
  return (
    <Loaded query={changes}>
      {(list) =>
        list.length === 0 ? (
          <p className="hint">{t('history.empty')}</p>
        ) : (
          <ol className="history-list">
            {list.map((change, index) => (
              <HistoryEntry key={change.id} change={change} latest={index === 0} />
            ))}
          </ol>
        )
      }
    </Loaded>
  )
}

interface EntryProps {
  change: Change
  /** Whether it is the record's latest change, which restoring would only repeat (unless it is a deletion). */
  latest: boolean
  /** The record it changed, where the list holds more than one record's changes. */
  record?: string
}

/** One change: who made it and when, each field before and after, and for an admin the way back to it. */
export function HistoryEntry({ change, latest, record }: EntryProps) {
  const editor = useEditor()
  const trpc = useTRPC()
  const restore = useMutation(trpc.history.restore.mutationOptions({ onSuccess: () => editor?.refresh() }))
  const fields = changedFields(change.before, change.after)
  // Restoring the version that is current already would only add a change that changes nothing.
  const restorable = editor?.account.role === 'admin' && !(latest && change.action !== 'delete')
  const failure = restore.error ? editFailure(restore.error, []) : null
  return (
    <li className="history-entry">
      {record ? <p className="history-record">{record}</p> : null}
      <p className="history-what">
        {t(`history.action.${change.action}`, {
          who: change.user ? (change.user.name ?? change.user.email) : t('history.nobody'),
        })}
      </p>
      <p className="partnership-meta">
        <time dateTime={change.at}>{WHEN.format(new Date(change.at))}</time>
      </p>
      {fields.length > 0 ? (
        <FieldComparison
          caption={t('history.fieldsCaption')}
          fields={fields}
          columns={[
            { heading: t('history.before'), shows: 'before' },
            { heading: t('history.after'), shows: 'after' },
          ]}
        />
      ) : null}
      {restorable ? (
        <button
          type="button"
          className="button"
          disabled={restore.isPending || restore.isSuccess}
          onClick={() => restore.mutate({ changeId: change.id })}
        >
          {change.action === 'delete' ? t('history.restoreDeleted') : t('history.restore')}
        </button>
      ) : null}
      {restore.isSuccess ? (
        <p role="status" className="hint">
          {t('history.restored')}
        </p>
      ) : null}
      {failure?.kind === 'refused' ? (
        <p role="alert" className="field-error">
          {[...Object.values(failure.errors.fields), ...failure.errors.other].join(' ')}
        </p>
      ) : null}
    </li>
  )
}

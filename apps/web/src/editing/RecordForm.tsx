import type { ReactNode } from 'react'
import { t } from '../i18n/translate'
import { ConflictNotice } from './ConflictNotice'
import { DeleteRecord } from './DeleteRecord'
import { FormFooter } from './FormFooter'
import type { EditedEntity } from './recordApi'
import type { EditSession } from './useEditSession'

interface Props<Draft> {
  /** What the form edits: it names the heading's id and what a deletion removes. */
  entity: EditedEntity
  heading: string
  /** Words under the heading (a new tour's hint). */
  intro?: ReactNode
  session: EditSession<Draft>
  /** Another editor's record as a draft, if it still reads as one: what "Use their version" starts again from. */
  theirs(current: unknown): Draft | null
  onSave(): Promise<void>
  onCancel(): void
  /** The saved record the form's Delete button removes; none for a new record, or where its details delete it. */
  deletable?: { id: string; name: string } | null
  /** The record's fields. */
  children: ReactNode
}

/**
 * The frame every record form shares: named by its heading, another editor's save shown above the fields, and
 * Save, Cancel and (for a saved record) Delete below them, so that each form holds only its own fields.
 */
export function RecordForm<Draft>({
  entity,
  heading,
  intro,
  session,
  theirs,
  onSave,
  onCancel,
  deletable,
  children,
}: Props<Draft>) {
  const headingId = `${entity}-form-heading`
  return (
    <form
      className="edit-form"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault()
        void onSave()
      }}
    >
      <h2 id={headingId} className="details-title">
        {heading}
      </h2>
      {intro}
      {session.conflict ? (
        <ConflictNotice
          mine={session.draft}
          theirs={session.conflict.current}
          onUseTheirs={() => session.takeTheirs(theirs)}
          onKeepMine={session.keepMine}
        />
      ) : null}
      {children}
      <FormFooter errors={session.errors} submit={t('edit.save')} pending={session.pending}>
        <button type="button" className="button" onClick={onCancel}>
          {t('edit.cancel')}
        </button>
      </FormFooter>
      {deletable ? <DeleteRecord entity={entity} id={deletable.id} name={deletable.name} /> : null}
    </form>
  )
}

import { type SourceDocument, sourceDocumentSchema } from '@atlas/schema'
import { useQuery } from '@tanstack/react-query'
import { t } from '../i18n/translate'
import { trpcClient, useTRPC } from '../trpc'
import { ConflictNotice } from './ConflictNotice'
import { DeleteRecord } from './DeleteRecord'
import { useEditor } from './EditingContext'
import { FormProblems } from './FormProblems'
import { placeComplaints } from './fieldErrors'
import { SourceFields } from './NewSourceFields'
import { useEditSession } from './useEditSession'

const FIELDS = ['id', 'title', 'publisher', 'publishedOn', 'url', 'accessedOn', 'text']

/** A source to change, loaded with the version a save must name; deleting one still cited is refused. */
export function SourceForm({ id }: { id: string }) {
  const trpc = useTRPC()
  const loaded = useQuery(trpc.source.record.queryOptions({ id }, { gcTime: 0 }))
  if (loaded.isError) return <p role="alert">{t('status.partFailed', { message: loaded.error.message })}</p>
  if (!loaded.data) return <p className="hint">{t('status.loadingPart')}</p>
  return <SourceDocumentFields initial={loaded.data.record} version={loaded.data.version} />
}

function SourceDocumentFields({ initial, version }: { initial: SourceDocument; version: number }) {
  const editor = useEditor()
  const session = useEditSession(initial, version, FIELDS)
  const { draft, errors } = session
  if (!editor) return null

  const save = async () => {
    const record = sourceDocumentSchema.safeParse(draft)
    if (!record.success) return session.setErrors(placeComplaints(record.error.issues, FIELDS))
    const saved = await session.run(() =>
      trpcClient.source.update.mutate({ version: session.version ?? version, record: record.data }),
    )
    if (!saved) return
    await editor.refresh()
    editor.finish()
  }

  return (
    <form
      className="edit-form"
      noValidate
      aria-labelledby="source-form-heading"
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <h2 id="source-form-heading" className="details-title">
        {t('edit.editSourceHeading')}
      </h2>
      {session.conflict ? (
        <ConflictNotice
          mine={draft}
          theirs={session.conflict.current}
          onUseTheirs={() => session.takeTheirs(asSource)}
          onKeepMine={session.keepMine}
        />
      ) : null}
      <SourceFields
        source={draft}
        onChange={(source) => session.patch(source)}
        error={(field) => errors.fields[field]}
        isNew={false}
      />
      <FormProblems errors={errors} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={session.pending}>
          {t('edit.save')}
        </button>
        <button type="button" className="button" onClick={() => editor.finish()}>
          {t('edit.cancel')}
        </button>
      </div>
      <DeleteRecord entity="source" id={initial.id} name={initial.title} />
    </form>
  )
}

/** Another editor's record, if it still reads as a source. */
function asSource(current: unknown): SourceDocument | null {
  const parsed = sourceDocumentSchema.safeParse(current)
  return parsed.success ? parsed.data : null
}

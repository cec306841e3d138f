import { type SourceDocument, sourceDocumentSchema } from '@atlas/schema'
import { useQuery } from '@tanstack/react-query'
import { t } from '../i18n/translate'
import { trpcClient, useTRPC } from '../trpc'
import { useEditor } from './EditingContext'
import { Loaded } from './Loaded'
import { SourceFields } from './NewSourceFields'
import { readAs } from './newSource'
import { RecordForm } from './RecordForm'
import { saveRecord } from './saveRecord'
import { useEditSession } from './useEditSession'

const FIELDS = ['id', 'title', 'publisher', 'publishedOn', 'url', 'accessedOn', 'text']

/** A source to change, loaded with the version a save must name; deleting one still cited is refused. */
export function SourceForm({ id }: { id: string }) {
  const trpc = useTRPC()
  const loaded = useQuery(trpc.source.record.queryOptions({ id }, { gcTime: 0 }))
  return (
    <Loaded query={loaded}>
      {({ record, version }) => <SourceDocumentFields initial={record} version={version} />}
    </Loaded>
  )
}

function SourceDocumentFields({ initial, version }: { initial: SourceDocument; version: number }) {
  const editor = useEditor()
  const session = useEditSession(initial, version, FIELDS)
  const { draft, errors } = session
  if (!editor) return null

  const save = async () => {
    await saveRecord({
      session,
      fields: FIELDS,
      schema: sourceDocumentSchema,
      record: draft,
      procedures: trpcClient.source,
      editor,
      afterwards: () => editor.finish(),
    })
  }

  return (
    <RecordForm
      entity="source"
      heading={t('edit.editSourceHeading')}
      deletable={{ id: initial.id, name: initial.title }}
      session={session}
      theirs={(current) => readAs(sourceDocumentSchema, current)}
      onSave={save}
      onCancel={() => editor.finish()}
    >
      <SourceFields
        source={draft}
        onChange={(source) => session.patch(source)}
        error={(field) => errors.fields[field]}
        isNew={false}
      />
    </RecordForm>
  )
}

import { LINK_KINDS, LINK_STATUSES, type LinkInput, linkInputSchema } from '@atlas/schema'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { t } from '../i18n/translate'
import { trpcClient, useTRPC } from '../trpc'
import { useEditor } from './EditingContext'
import { OptionalTextField, SelectField, TextAreaField } from './Field'
import { InitiativeChoices } from './InitiativeChoices'
import { InstitutionPicker } from './InstitutionPicker'
import { Loaded } from './Loaded'
import { IdField } from './NameAndIdFields'
import { NEW_SOURCE_FIELDS, readAs } from './newSource'
import { RecordForm } from './RecordForm'
import { SourcePicker } from './SourcePicker'
import { saveRecord } from './saveRecord'
import { slugFromName } from './slug'
import { useEditSession } from './useEditSession'
import { useNewSource } from './useNewSource'

const FIELDS = [
  'id',
  'from',
  'to',
  'kind',
  'initiatives',
  'start',
  'end',
  'status',
  'description',
  'sourceId',
  ...NEW_SOURCE_FIELDS,
]

/** A partnership as it is written: an end or the source may still be missing. */
type LinkDraft = Omit<LinkInput, 'sourceId'> & { sourceId: string }

interface Props {
  /** The partnership to change, or null for a new one. */
  id: string | null
  /** The institution a new partnership starts from, fixed; null lets the editor choose it. */
  fromId: string | null
}

/** A new partnership (from an institution, or chosen) or one to change. */
export function LinkForm({ id, fromId }: Props) {
  const trpc = useTRPC()
  const loaded = useQuery(
    trpc.link.record.queryOptions({ id: id ?? '' }, { enabled: id !== null, gcTime: 0 }),
  )
  if (id === null) {
    return (
      <LinkFields
        initial={{
          id: '',
          from: fromId ?? '',
          to: '',
          kind: 'cooperation_agreement',
          initiatives: [],
          start: null,
          end: null,
          status: 'active',
          description: null,
          sourceId: '',
        }}
        version={null}
        fixedFrom={fromId !== null}
      />
    )
  }
  return (
    <Loaded query={loaded}>
      {({ record, version }) => <LinkFields initial={record} version={version} fixedFrom={false} />}
    </Loaded>
  )
}

function LinkFields({
  initial,
  version,
  fixedFrom,
}: {
  initial: LinkDraft
  version: number | null
  fixedFrom: boolean
}) {
  const editor = useEditor()
  const session = useEditSession(initial, version, FIELDS)
  const { draft, patch, errors } = session
  const newSource = useNewSource(session.run)
  const [idEdited, setIdEdited] = useState(version !== null)
  if (!editor?.data) return null
  const { institutions, initiatives } = editor.data

  /** The ends change the offered id of a new partnership until the editor writes one. */
  const setEnds = (ends: Pick<LinkDraft, 'from' | 'to'>) =>
    patch(
      idEdited || !ends.from || !ends.to ? ends : { ...ends, id: slugFromName(`${ends.from} ${ends.to}`) },
    )

  const save = async () => {
    const sourceId = newSource.newSource ? newSource.newSource.id : draft.sourceId
    await saveRecord({
      session,
      fields: FIELDS,
      schema: linkInputSchema,
      record: { ...draft, sourceId },
      newSource,
      cites: { sourceId },
      procedures: trpcClient.link,
      editor,
      afterwards: (saved) => editor.finish({ type: 'link', id: saved.id }),
    })
  }

  return (
    <RecordForm
      entity="link"
      heading={version === null ? t('edit.newPartnership') : t('edit.editPartnership')}
      session={session}
      theirs={(current) => readAs(linkInputSchema, current)}
      onSave={save}
      onCancel={() => editor.finish()}
    >
      {fixedFrom ? (
        <p>
          {t('edit.partnershipFrom', {
            name: institutions.find((institution) => institution.id === draft.from)?.name ?? draft.from,
          })}
        </p>
      ) : (
        <InstitutionPicker
          label={t('field.from')}
          institutions={institutions}
          value={draft.from}
          exclude={draft.to}
          onChange={(from) => setEnds({ from, to: draft.to })}
          error={errors.fields.from}
        />
      )}
      <InstitutionPicker
        label={t('field.to')}
        institutions={institutions}
        value={draft.to}
        exclude={draft.from}
        onChange={(to) => setEnds({ from: draft.from, to })}
        error={errors.fields.to}
      />
      <IdField
        value={draft.id}
        saved={version !== null}
        onChange={(id) => {
          setIdEdited(true)
          patch({ id })
        }}
        error={errors.fields.id}
      />
      <SelectField
        label={t('field.kind')}
        value={draft.kind}
        options={LINK_KINDS.map((kind) => ({ value: kind, label: t(`linkKind.${kind}`) }))}
        onChange={(kind) => patch({ kind })}
        error={errors.fields.kind}
      />
      <InitiativeChoices
        initiatives={initiatives}
        chosen={draft.initiatives}
        onChange={(chosen) => patch({ initiatives: chosen })}
        error={errors.fields.initiatives}
      />
      <div className="edit-row">
        <OptionalTextField
          label={t('field.start')}
          hint={t('edit.partialDateHint')}
          value={draft.start}
          onChange={(start) => patch({ start })}
          error={errors.fields.start}
        />
        <OptionalTextField
          label={t('field.end')}
          hint={t('edit.partialDateHint')}
          value={draft.end}
          onChange={(end) => patch({ end })}
          error={errors.fields.end}
        />
      </div>
      <SelectField
        label={t('field.status')}
        value={draft.status}
        options={LINK_STATUSES.map((status) => ({ value: status, label: t(`linkStatus.${status}`) }))}
        onChange={(status) => patch({ status })}
        error={errors.fields.status}
      />
      <TextAreaField
        label={t('field.description')}
        value={draft.description ?? ''}
        onChange={(text) => patch({ description: text.trim() === '' ? null : text })}
        error={errors.fields.description}
      />
      <SourcePicker
        multiple={false}
        chosen={draft.sourceId ? [draft.sourceId] : []}
        onChange={([sourceId = '']) => patch({ sourceId })}
        newSource={newSource.newSource}
        onNewSource={newSource.setNewSource}
        error={errors.fields.sourceId}
        errors={errors}
      />
    </RecordForm>
  )
}

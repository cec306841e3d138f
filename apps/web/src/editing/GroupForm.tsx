import { GROUP_KINDS, type GroupInput, groupInputSchema, LINK_KINDS, MEMBER_ROLES } from '@atlas/schema'
import { useQuery } from '@tanstack/react-query'
import { t } from '../i18n/translate'
import { trpcClient, useTRPC } from '../trpc'
import { useEditor } from './EditingContext'
import { OptionalTextField, SelectField, TextAreaField } from './Field'
import { InitiativeChoices } from './InitiativeChoices'
import { InstitutionPicker } from './InstitutionPicker'
import { Loaded } from './Loaded'
import { NameAndIdFields } from './NameAndIdFields'
import { NEW_SOURCE_FIELDS, readAs } from './newSource'
import { RecordForm } from './RecordForm'
import { SourcePicker } from './SourcePicker'
import { saveRecord } from './saveRecord'
import { TranslationFields } from './TranslationFields'
import { type TranslatedFields, translationKeys } from './translationDraft'
import { useEditSession } from './useEditSession'
import { useNewSource } from './useNewSource'

type Member = GroupInput['members'][number]

/** A group while it is written: the founding institution is '' while none is chosen, as the picker has it. */
type GroupDraft = Omit<GroupInput, 'foundedAtId'> & { foundedAtId: string }

const ROWS_TO_ADD = 50

const TRANSLATED: TranslatedFields<'name' | 'description'> = { name: 'line', description: 'text' }

const GROUP_FIELDS = [
  'id',
  'name',
  'kind',
  'seatId',
  'founded',
  'foundedAtId',
  'linkKind',
  'initiatives',
  'description',
  'sourceId',
  'members',
  ...translationKeys(TRANSLATED),
  ...NEW_SOURCE_FIELDS,
]

const NEW_GROUP: GroupDraft = {
  id: '',
  name: '',
  kind: 'consortium',
  seatId: '',
  founded: null,
  foundedAtId: '',
  linkKind: 'consortium_membership',
  initiatives: [],
  description: '',
  sourceId: '',
  members: [],
}

/** The fields a member's row shows, so that a complaint about `members.2.left` lands on that row's date. */
function memberFields(count: number): string[] {
  return Array.from({ length: count }, (_, index) =>
    ['institutionId', 'role', 'joined', 'left'].map((field) => `members.${index}.${field}`),
  ).flat()
}

/**
 * A new group (id null) or one to change: what it is (its name and description, with their translations), its seat
 * and founding, the kind of link that joins its members to the seat, its initiatives and source, and its members
 * (with role, joined and left), from which its member links follow.
 */
export function GroupForm({ id }: { id: string | null }) {
  const trpc = useTRPC()
  const loaded = useQuery(
    trpc.group.record.queryOptions({ id: id ?? '' }, { enabled: id !== null, gcTime: 0 }),
  )
  if (id === null) return <GroupFields initial={NEW_GROUP} version={null} />
  return (
    <Loaded query={loaded}>
      {({ record, version }) => <GroupFields initial={asDraft(record)} version={version} />}
    </Loaded>
  )
}

function GroupFields({ initial, version }: { initial: GroupDraft; version: number | null }) {
  const editor = useEditor()
  // Room for the rows an editor adds while the form is open.
  const fields = [...GROUP_FIELDS, ...memberFields(initial.members.length + ROWS_TO_ADD)]
  const session = useEditSession(initial, version, fields)
  const { draft, patch, errors } = session
  const newSource = useNewSource(session.run)
  if (!editor?.data) return null
  const { institutions, initiatives } = editor.data

  const setMember = (index: number, changes: Partial<Member>) =>
    patch({ members: draft.members.map((member, at) => (at === index ? { ...member, ...changes } : member)) })

  const save = async () => {
    const sourceId = newSource.newSource ? newSource.newSource.id : draft.sourceId
    await saveRecord({
      session,
      fields,
      schema: groupInputSchema,
      record: { ...draft, sourceId, foundedAtId: draft.foundedAtId || null },
      newSource,
      cites: { sourceId },
      procedures: trpcClient.group,
      editor,
      afterwards: (saved) => editor.finish({ type: 'group', id: saved.id }),
    })
  }

  return (
    <RecordForm
      entity="group"
      heading={version === null ? t('edit.newGroup') : t('edit.editGroup', { name: initial.name })}
      session={session}
      theirs={asGroup}
      onSave={save}
      onCancel={() => editor.finish()}
    >
      <NameAndIdFields
        label={t('field.name')}
        name={draft.name}
        id={draft.id}
        saved={version !== null}
        onName={(name) => patch({ name })}
        onId={(id) => patch({ id })}
        nameError={errors.fields.name}
        idError={errors.fields.id}
      />
      <SelectField
        label={t('field.kind')}
        value={draft.kind}
        options={GROUP_KINDS.map((kind) => ({ value: kind, label: t(`groupKind.${kind}`) }))}
        onChange={(kind) => patch({ kind })}
        error={errors.fields.kind}
      />
      <InstitutionPicker
        label={t('field.seatId')}
        institutions={institutions}
        value={draft.seatId}
        onChange={(seatId) => patch({ seatId })}
        error={errors.fields.seatId}
      />
      <OptionalTextField
        label={t('field.founded')}
        hint={t('edit.partialDateHint')}
        value={draft.founded}
        onChange={(founded) => patch({ founded })}
        error={errors.fields.founded}
      />
      <InstitutionPicker
        label={t('field.foundedAtId')}
        institutions={institutions}
        value={draft.foundedAtId}
        onChange={(foundedAtId) => patch({ foundedAtId })}
        error={errors.fields.foundedAtId}
        hint={`${t('edit.findInstitutionHint')} ${t('edit.foundedAtHint')}`}
      />
      <SelectField
        label={t('field.linkKind')}
        value={draft.linkKind}
        options={LINK_KINDS.map((kind) => ({ value: kind, label: t(`linkKind.${kind}`) }))}
        onChange={(linkKind) => patch({ linkKind })}
        error={errors.fields.linkKind}
      />
      <InitiativeChoices
        initiatives={initiatives}
        chosen={draft.initiatives}
        onChange={(chosen) => patch({ initiatives: chosen })}
        error={errors.fields.initiatives}
      />
      <TextAreaField
        label={t('field.description')}
        value={draft.description}
        onChange={(description) => patch({ description })}
        error={errors.fields.description}
      />
      <TranslationFields
        fields={TRANSLATED}
        value={draft.translations}
        onChange={(translations) => patch({ translations })}
        errors={errors.fields}
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
      <fieldset className="edit-fieldset">
        <legend>{t('field.members')}</legend>
        {errors.fields.members ? <p className="field-error">{errors.fields.members}</p> : null}
        <ol className="plain-list member-rows">
          {draft.members.map((member, index) => {
            const error = (field: string) => errors.fields[`members.${index}.${field}`]
            const name = institutions.find((institution) => institution.id === member.institutionId)?.name
            return (
              // Rows are keyed by place: a new row has no institution yet, and two rows may briefly name the same.
              <li key={index} className="member-row">
                <InstitutionPicker
                  label={t('edit.member', { number: index + 1 })}
                  institutions={institutions}
                  value={member.institutionId}
                  onChange={(institutionId) => setMember(index, { institutionId })}
                  error={error('institutionId')}
                />
                <div className="edit-row">
                  <SelectField
                    label={t('edit.memberRole')}
                    value={member.role}
                    options={MEMBER_ROLES.map((role) => ({ value: role, label: t(`memberRole.${role}`) }))}
                    onChange={(role) => setMember(index, { role })}
                    error={error('role')}
                  />
                  <OptionalTextField
                    label={t('edit.joined')}
                    value={member.joined}
                    onChange={(joined) => setMember(index, { joined })}
                    error={error('joined')}
                  />
                  <OptionalTextField
                    label={t('edit.left')}
                    value={member.left}
                    onChange={(left) => setMember(index, { left })}
                    error={error('left')}
                  />
                </div>
                <button
                  type="button"
                  className="link-button small"
                  onClick={() => patch({ members: draft.members.filter((_, at) => at !== index) })}
                >
                  {t('edit.removeMember', { name: name ?? t('edit.member', { number: index + 1 }) })}
                </button>
              </li>
            )
          })}
        </ol>
        <p className="hint">{t('edit.partialDateHint')}</p>
        <button
          type="button"
          className="button"
          onClick={() =>
            patch({
              members: [...draft.members, { institutionId: '', role: 'member', joined: null, left: null }],
            })
          }
        >
          {t('edit.addMember')}
        </button>
      </fieldset>
    </RecordForm>
  )
}

/** A group as the form writes it. */
function asDraft(record: GroupInput): GroupDraft {
  return { ...record, foundedAtId: record.foundedAtId ?? '' }
}

/** Another editor's record, if it still reads as a group. */
function asGroup(current: unknown): GroupDraft | null {
  const record = readAs(groupInputSchema, current)
  return record ? asDraft(record) : null
}

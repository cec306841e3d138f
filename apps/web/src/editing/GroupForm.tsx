import { GROUP_KINDS, type GroupInput, groupInputSchema, LINK_KINDS, MEMBER_ROLES } from '@atlas/schema'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { t } from '../i18n/translate'
import { trpcClient, useTRPC } from '../trpc'
import { ConflictNotice } from './ConflictNotice'
import { useEditor } from './EditingContext'
import { OptionalTextField, SelectField, TextAreaField, TextField } from './Field'
import { FormProblems } from './FormProblems'
import { placeComplaints } from './fieldErrors'
import { InitiativeChoices } from './InitiativeChoices'
import { InstitutionPicker } from './InstitutionPicker'
import { checkWithNewSource, NEW_SOURCE_FIELDS } from './newSource'
import { SourcePicker } from './SourcePicker'
import { slugFromName } from './slug'
import { useEditSession } from './useEditSession'
import { useNewSource } from './useNewSource'

type Member = GroupInput['members'][number]

/** A group while it is written: the founding institution is '' while none is chosen, as the picker has it. */
type GroupDraft = Omit<GroupInput, 'foundedAtId'> & { foundedAtId: string }

const ROWS_TO_ADD = 50

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
 * A new group (id null) or one to change: what it is, its seat and founding, the kind of link that joins its
 * members to the seat, its initiatives and source, and its members (with role, joined and left), from which its
 * member links follow.
 */
export function GroupForm({ id }: { id: string | null }) {
  const trpc = useTRPC()
  const loaded = useQuery(
    trpc.group.record.queryOptions({ id: id ?? '' }, { enabled: id !== null, gcTime: 0 }),
  )
  if (id === null) return <GroupFields initial={NEW_GROUP} version={null} />
  if (loaded.isError) return <p role="alert">{t('status.partFailed', { message: loaded.error.message })}</p>
  if (!loaded.data) return <p className="hint">{t('status.loadingPart')}</p>
  const record = loaded.data.record
  return <GroupFields initial={asDraft(record)} version={loaded.data.version} />
}

function GroupFields({ initial, version }: { initial: GroupDraft; version: number | null }) {
  const editor = useEditor()
  // Room for the rows an editor adds while the form is open.
  const fields = [...GROUP_FIELDS, ...memberFields(initial.members.length + ROWS_TO_ADD)]
  const session = useEditSession(initial, version, fields)
  const { draft, patch, errors } = session
  const { newSource, setNewSource, create: createSource } = useNewSource(session.run)
  // The id follows the name of a new group until the editor writes one.
  const [idEdited, setIdEdited] = useState(version !== null)
  if (!editor?.data) return null
  const { institutions, initiatives } = editor.data

  const setMember = (index: number, changes: Partial<Member>) =>
    patch({ members: draft.members.map((member, at) => (at === index ? { ...member, ...changes } : member)) })

  const save = async () => {
    const sourceId = newSource ? newSource.id : draft.sourceId
    const checked = checkWithNewSource(
      groupInputSchema,
      { ...draft, sourceId, foundedAtId: draft.foundedAtId || null },
      newSource,
    )
    if (!checked.ok) return session.setErrors(placeComplaints(checked.complaints, fields))
    if (!(await createSource(checked.source))) return
    patch({ sourceId })
    const saved = await session.run(() =>
      session.version === null
        ? trpcClient.group.create.mutate({ record: checked.record })
        : trpcClient.group.update.mutate({ version: session.version, record: checked.record }),
    )
    if (!saved) return
    await editor.refresh()
    editor.finish({ type: 'group', id: saved.id })
  }

  return (
    <form
      className="edit-form"
      noValidate
      aria-labelledby="group-form-heading"
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <h2 id="group-form-heading" className="details-title">
        {version === null ? t('edit.newGroup') : t('edit.editGroup', { name: initial.name })}
      </h2>
      {session.conflict ? (
        <ConflictNotice
          mine={draft}
          theirs={session.conflict.current}
          onUseTheirs={() => session.takeTheirs(asGroup)}
          onKeepMine={session.keepMine}
        />
      ) : null}
      <TextField
        label={t('field.name')}
        value={draft.name}
        onChange={(name) => patch(idEdited ? { name } : { name, id: slugFromName(name) })}
        error={errors.fields.name}
      />
      <TextField
        label={t('field.id')}
        value={draft.id}
        readOnly={version !== null}
        onChange={(id) => {
          setIdEdited(true)
          patch({ id })
        }}
        error={errors.fields.id}
        hint={version === null ? t('edit.idHint') : t('edit.idFixed')}
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
      <SourcePicker
        multiple={false}
        chosen={draft.sourceId ? [draft.sourceId] : []}
        onChange={([sourceId = '']) => patch({ sourceId })}
        newSource={newSource}
        onNewSource={setNewSource}
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
      <FormProblems errors={errors} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={session.pending}>
          {t('edit.save')}
        </button>
        <button type="button" className="button" onClick={() => editor.finish()}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  )
}

/** A group as the form writes it. */
function asDraft(record: GroupInput): GroupDraft {
  return { ...record, foundedAtId: record.foundedAtId ?? '' }
}

/** Another editor's record, if it still reads as a group. */
function asGroup(current: unknown): GroupDraft | null {
  const parsed = groupInputSchema.safeParse(current)
  return parsed.success ? asDraft(parsed.data) : null
}

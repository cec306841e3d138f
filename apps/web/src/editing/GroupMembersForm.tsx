import { type GroupInput, groupInputSchema, MEMBER_ROLES } from '@atlas/schema'
import { useQuery } from '@tanstack/react-query'
import { t } from '../i18n/translate'
import { trpcClient, useTRPC } from '../trpc'
import { ConflictNotice } from './ConflictNotice'
import { useEditor } from './EditingContext'
import { OptionalTextField, SelectField, TextAreaField, TextField } from './Field'
import { FormProblems } from './FormProblems'
import { placeComplaints } from './fieldErrors'
import { InstitutionPicker } from './InstitutionPicker'
import { useEditSession } from './useEditSession'

type Member = GroupInput['members'][number]

const ROWS_TO_ADD = 50

/** The fields a member's row shows, so that a complaint about `members.2.left` lands on that row's date. */
function memberFields(count: number): string[] {
  return Array.from({ length: count }, (_, index) =>
    ['institutionId', 'role', 'joined', 'left'].map((field) => `members.${index}.${field}`),
  ).flat()
}

/** A group's name, description and members (with role, joined and left): its member links follow from them. */
export function GroupMembersForm({ id }: { id: string }) {
  const trpc = useTRPC()
  const loaded = useQuery(trpc.group.record.queryOptions({ id }, { gcTime: 0 }))
  if (loaded.isError) return <p role="alert">{t('status.partFailed', { message: loaded.error.message })}</p>
  if (!loaded.data) return <p className="hint">{t('status.loadingPart')}</p>
  return <GroupFields initial={loaded.data.record} version={loaded.data.version} />
}

function GroupFields({ initial, version }: { initial: GroupInput; version: number }) {
  const editor = useEditor()
  // Room for the rows an editor adds while the form is open.
  const fields = ['name', 'description', 'members', ...memberFields(initial.members.length + ROWS_TO_ADD)]
  const session = useEditSession(initial, version, fields)
  const { draft, patch, errors } = session
  if (!editor?.data) return null
  const { institutions } = editor.data

  const setMember = (index: number, changes: Partial<Member>) =>
    patch({ members: draft.members.map((member, at) => (at === index ? { ...member, ...changes } : member)) })

  const save = async () => {
    const record = groupInputSchema.safeParse(draft)
    if (!record.success) return session.setErrors(placeComplaints(record.error.issues, fields))
    const saved = await session.run(() =>
      trpcClient.group.update.mutate({ version: session.version ?? version, record: record.data }),
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
        {t('edit.editGroup', { name: initial.name })}
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
        onChange={(name) => patch({ name })}
        error={errors.fields.name}
      />
      <TextAreaField
        label={t('field.description')}
        value={draft.description}
        onChange={(description) => patch({ description })}
        error={errors.fields.description}
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

/** Another editor's record, if it still reads as a group. */
function asGroup(current: unknown): GroupInput | null {
  const parsed = groupInputSchema.safeParse(current)
  return parsed.success ? parsed.data : null
}

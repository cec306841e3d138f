import { type Initiative, initiativeSchema } from '@atlas/schema'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { initiativeSubtree } from '../data/initiativeTree'
import { t } from '../i18n/translate'
import { trpcClient, useTRPC } from '../trpc'
import { ConflictNotice } from './ConflictNotice'
import { DeleteRecord } from './DeleteRecord'
import { useEditor } from './EditingContext'
import { Field, OptionalSelectField, TextAreaField, TextField } from './Field'
import { FormProblems } from './FormProblems'
import { placeComplaints } from './fieldErrors'
import { checkWithNewSource, NEW_SOURCE_FIELDS } from './newSource'
import { SourcePicker } from './SourcePicker'
import { slugFromName } from './slug'
import { useEditSession } from './useEditSession'
import { useNewSource } from './useNewSource'

const FIELDS = ['id', 'name', 'colour', 'description', 'parentId', 'sourceIds', ...NEW_SOURCE_FIELDS]

const NEW_INITIATIVE: Initiative = {
  id: '',
  name: '',
  colour: '#3366cc',
  description: '',
  parentId: null,
  sourceIds: [],
}

/** A new initiative (id null) or one to change, loaded with the version a save must name. */
export function InitiativeForm({ id }: { id: string | null }) {
  const trpc = useTRPC()
  const loaded = useQuery(
    trpc.initiative.record.queryOptions({ id: id ?? '' }, { enabled: id !== null, gcTime: 0 }),
  )
  if (id === null) return <InitiativeFields initial={NEW_INITIATIVE} version={null} />
  if (loaded.isError) return <p role="alert">{t('status.partFailed', { message: loaded.error.message })}</p>
  if (!loaded.data) return <p className="hint">{t('status.loadingPart')}</p>
  return <InitiativeFields initial={loaded.data.record} version={loaded.data.version} />
}

/** An initiative's name, colour on the map, description, the initiative it is part of, and its sources. */
export function InitiativeFields({ initial, version }: { initial: Initiative; version: number | null }) {
  const editor = useEditor()
  const session = useEditSession(initial, version, FIELDS)
  const { draft, patch, errors } = session
  const { newSource, setNewSource, create: createSource } = useNewSource(session.run)
  // The id follows the name of a new initiative until the editor writes one.
  const [idEdited, setIdEdited] = useState(version !== null)
  if (!editor?.data) return null
  const { initiatives } = editor.data
  // An initiative cannot be part of itself, nor of one that is part of it.
  const ownSubtree = version === null ? [] : initiativeSubtree(initiatives, initial.id)
  const parents = initiatives.filter((initiative) => !ownSubtree.includes(initiative.id))
  const backToList = () => editor.edit({ form: 'initiatives' })

  const save = async () => {
    const sourceIds = newSource ? [...draft.sourceIds, newSource.id] : draft.sourceIds
    const checked = checkWithNewSource(initiativeSchema, { ...draft, sourceIds }, newSource)
    if (!checked.ok) return session.setErrors(placeComplaints(checked.complaints, FIELDS))
    if (!(await createSource(checked.source))) return
    patch({ sourceIds })
    const saved = await session.run(() =>
      session.version === null
        ? trpcClient.initiative.create.mutate({ record: checked.record })
        : trpcClient.initiative.update.mutate({ version: session.version, record: checked.record }),
    )
    if (!saved) return
    await editor.refresh()
    backToList()
  }

  return (
    <form
      className="edit-form"
      noValidate
      aria-labelledby="initiative-form-heading"
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <h2 id="initiative-form-heading" className="details-title">
        {version === null ? t('edit.newInitiative') : t('edit.editInitiative', { name: initial.name })}
      </h2>
      {session.conflict ? (
        <ConflictNotice
          mine={draft}
          theirs={session.conflict.current}
          onUseTheirs={() => session.takeTheirs(asInitiative)}
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
      <Field label={t('field.colour')} error={errors.fields.colour}>
        {(control) => (
          <input
            {...control}
            className="colour-input"
            type="color"
            value={draft.colour}
            onChange={(event) => patch({ colour: event.target.value.toLowerCase() })}
          />
        )}
      </Field>
      <TextAreaField
        label={t('field.description')}
        value={draft.description}
        onChange={(description) => patch({ description })}
        error={errors.fields.description}
      />
      <OptionalSelectField
        label={t('field.parentId')}
        value={draft.parentId}
        none={t('edit.noParent')}
        options={parents.map((initiative) => ({ value: initiative.id, label: initiative.name }))}
        onChange={(parentId) => patch({ parentId })}
        error={errors.fields.parentId}
      />
      <SourcePicker
        multiple
        chosen={draft.sourceIds}
        onChange={(sourceIds) => patch({ sourceIds })}
        newSource={newSource}
        onNewSource={setNewSource}
        error={errors.fields.sourceIds}
        errors={errors}
      />
      <FormProblems errors={errors} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={session.pending}>
          {t('edit.save')}
        </button>
        <button type="button" className="button" onClick={backToList}>
          {t('edit.cancel')}
        </button>
      </div>
      {version === null ? null : <DeleteRecord entity="initiative" id={initial.id} name={initial.name} />}
    </form>
  )
}

/** Another editor's record, if it still reads as an initiative. */
function asInitiative(current: unknown): Initiative | null {
  const parsed = initiativeSchema.safeParse(current)
  return parsed.success ? parsed.data : null
}

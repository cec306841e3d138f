import { type Initiative, initiativeSchema } from '@atlas/schema'
import { useQuery } from '@tanstack/react-query'
import { initiativeSubtree } from '../data/initiativeTree'
import { t } from '../i18n/translate'
import { trpcClient, useTRPC } from '../trpc'
import { useEditor } from './EditingContext'
import { Field, OptionalSelectField, TextAreaField } from './Field'
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

const TRANSLATED: TranslatedFields<'name' | 'description'> = { name: 'line', description: 'text' }

const FIELDS = [
  'id',
  'name',
  'colour',
  'description',
  'parentId',
  'sourceIds',
  ...translationKeys(TRANSLATED),
  ...NEW_SOURCE_FIELDS,
]

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
  return (
    <Loaded query={loaded}>
      {({ record, version }) => <InitiativeFields initial={record} version={version} />}
    </Loaded>
  )
}

/**
 * An initiative's name, colour on the map, description (with their translations), the initiative it is part of, and
 * its sources.
 */
export function InitiativeFields({ initial, version }: { initial: Initiative; version: number | null }) {
  const editor = useEditor()
  const session = useEditSession(initial, version, FIELDS)
  const { draft, patch, errors } = session
  const newSource = useNewSource(session.run)
  if (!editor?.data) return null
  const { initiatives } = editor.data
  // An initiative cannot be part of itself, nor of one that is part of it.
  const ownSubtree = version === null ? [] : initiativeSubtree(initiatives, initial.id)
  const parents = initiatives.filter((initiative) => !ownSubtree.includes(initiative.id))
  const backToList = () => editor.edit({ form: 'initiatives' })

  const save = async () => {
    const sourceIds = newSource.newSource ? [...draft.sourceIds, newSource.newSource.id] : draft.sourceIds
    await saveRecord({
      session,
      fields: FIELDS,
      schema: initiativeSchema,
      record: { ...draft, sourceIds },
      newSource,
      cites: { sourceIds },
      procedures: trpcClient.initiative,
      editor,
      afterwards: backToList,
    })
  }

  return (
    <RecordForm
      entity="initiative"
      heading={version === null ? t('edit.newInitiative') : t('edit.editInitiative', { name: initial.name })}
      deletable={version === null ? null : { id: initial.id, name: initial.name }}
      session={session}
      theirs={(current) => readAs(initiativeSchema, current)}
      onSave={save}
      onCancel={backToList}
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
      <TranslationFields
        fields={TRANSLATED}
        value={draft.translations}
        onChange={(translations) => patch({ translations })}
        errors={errors.fields}
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
        newSource={newSource.newSource}
        onNewSource={newSource.setNewSource}
        error={errors.fields.sourceIds}
        errors={errors}
      />
    </RecordForm>
  )
}

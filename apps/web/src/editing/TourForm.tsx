import { type Tour, type TourStop, tourSchema } from '@atlas/schema'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { t } from '../i18n/translate'
import { useAtlasView } from '../state/useUrlState'
import { trpcClient, useTRPC } from '../trpc'
import { useEditor } from './EditingContext'
import { OptionalSelectField, TextAreaField, TextField } from './Field'
import { Loaded } from './Loaded'
import { NameAndIdFields } from './NameAndIdFields'
import { NEW_SOURCE_FIELDS, readAs } from './newSource'
import { RecordForm } from './RecordForm'
import { SourcePicker } from './SourcePicker'
import { saveRecord } from './saveRecord'
import { TranslationFields } from './TranslationFields'
import { newTour, STOP_TRANSLATED, stopFields, stopShowing } from './tourDraft'
import { type TranslatedFields, translationKeys } from './translationDraft'
import { useEditSession } from './useEditSession'
import { useNewSource } from './useNewSource'

const STOPS_TO_ADD = 20

const TRANSLATED: TranslatedFields<'title' | 'description'> = { title: 'line', description: 'text' }

const TOUR_FIELDS = [
  'id',
  'title',
  'description',
  'initiativeId',
  'sourceIds',
  'stops',
  ...translationKeys(TRANSLATED),
  ...NEW_SOURCE_FIELDS,
]

/** A new tour (id null), starting from the map as it is, or one to change. */
export function TourForm({ id }: { id: string | null }) {
  const trpc = useTRPC()
  const { atlas } = useAtlasView()
  // The map as it was when the form opened: a new tour's first stop.
  const [start] = useState(() => newTour(atlas))
  const loaded = useQuery(
    trpc.tour.record.queryOptions({ id: id ?? '' }, { enabled: id !== null, gcTime: 0 }),
  )
  if (id === null) return <TourFields initial={start} version={null} />
  return (
    <Loaded query={loaded}>
      {({ record, version }) => <TourFields initial={record} version={version} />}
    </Loaded>
  )
}

/**
 * A tour's title, description, initiative and sources, and each stop's title and caption, with the translations of
 * each title, description and caption. What a stop shows stays as it was written, unless the editor moves it to the
 * map as it is now.
 */
function TourFields({ initial, version }: { initial: Tour; version: number | null }) {
  const editor = useEditor()
  const { atlas } = useAtlasView()
  const fields = [...TOUR_FIELDS, ...stopFields(initial.stops.length + STOPS_TO_ADD)]
  const session = useEditSession(initial, version, fields)
  const { draft, patch, errors } = session
  const newSource = useNewSource(session.run)
  const [captured, setCaptured] = useState<number | null>(null)
  if (!editor?.data) return null

  const setStop = (index: number, stop: TourStop) =>
    patch({ stops: draft.stops.map((current, at) => (at === index ? stop : current)) })

  const save = async () => {
    const sourceIds = newSource.newSource ? [...draft.sourceIds, newSource.newSource.id] : draft.sourceIds
    await saveRecord({
      session,
      fields,
      schema: tourSchema,
      record: { ...draft, sourceIds },
      newSource,
      cites: { sourceIds },
      procedures: trpcClient.tour,
      editor,
      afterwards: () => editor.finish(),
    })
  }

  return (
    <RecordForm
      entity="tour"
      heading={version === null ? t('edit.newTourHeading') : t('edit.editTourHeading')}
      intro={version === null ? <p className="hint">{t('edit.newTourHint')}</p> : null}
      deletable={version === null ? null : { id: initial.id, name: initial.title }}
      session={session}
      theirs={(current) => readAs(tourSchema, current)}
      onSave={save}
      onCancel={() => editor.finish()}
    >
      <NameAndIdFields
        label={t('field.title')}
        name={draft.title}
        id={draft.id}
        saved={version !== null}
        onName={(title) => patch({ title })}
        onId={(id) => patch({ id })}
        nameError={errors.fields.title}
        idError={errors.fields.id}
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
      <OptionalSelectField
        label={t('field.initiativeId')}
        value={draft.initiativeId}
        none={t('edit.noInitiative')}
        options={editor.data.initiatives.map((initiative) => ({
          value: initiative.id,
          label: initiative.name,
        }))}
        onChange={(initiativeId) => patch({ initiativeId })}
        error={errors.fields.initiativeId}
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
      <fieldset className="edit-fieldset">
        <legend>{t('field.stops')}</legend>
        {errors.fields.stops ? <p className="field-error">{errors.fields.stops}</p> : null}
        <p className="hint">{t('edit.captureViewHint')}</p>
        <ol className="plain-list member-rows">
          {draft.stops.map((stop, index) => {
            const error = (field: string) =>
              errors.fields[field ? `stops.${index}.${field}` : `stops.${index}`]
            const number = index + 1
            return (
              // Stops are keyed by place: their order is the tour's, and a new one has no words yet.
              <li key={index} className="member-row">
                <fieldset className="edit-fieldset">
                  <legend>{t('edit.stop', { number })}</legend>
                  <TextField
                    label={t('field.title')}
                    value={stop.title}
                    onChange={(title) => setStop(index, { ...stop, title })}
                    error={error('title')}
                  />
                  <TextAreaField
                    label={t('edit.caption')}
                    value={stop.caption}
                    onChange={(caption) => setStop(index, { ...stop, caption })}
                    error={error('caption')}
                  />
                  <TranslationFields
                    fields={STOP_TRANSLATED}
                    value={stop.translations}
                    onChange={(translations) => setStop(index, { ...stop, translations })}
                    errors={errors.fields}
                    at={`stops.${index}.`}
                  />
                  {error('') ? <p className="field-error">{error('')}</p> : null}
                  <div className="form-actions">
                    <button
                      type="button"
                      className="button"
                      onClick={() => {
                        setStop(index, stopShowing(stop, atlas))
                        setCaptured(index)
                      }}
                    >
                      {t('edit.captureView')}
                    </button>
                    {draft.stops.length > 1 ? (
                      <button
                        type="button"
                        className="link-button small"
                        onClick={() => {
                          patch({ stops: draft.stops.filter((_, at) => at !== index) })
                          setCaptured(null)
                        }}
                      >
                        {t('edit.removeStop', { number })}
                      </button>
                    ) : null}
                  </div>
                  {captured === index ? (
                    <p role="status" className="hint">
                      {t('edit.viewCaptured')}
                    </p>
                  ) : null}
                </fieldset>
              </li>
            )
          })}
        </ol>
        <button
          type="button"
          className="button"
          onClick={() => patch({ stops: [...draft.stops, stopShowing({ title: '', caption: '' }, atlas)] })}
        >
          {t('edit.addStop')}
        </button>
      </fieldset>
    </RecordForm>
  )
}

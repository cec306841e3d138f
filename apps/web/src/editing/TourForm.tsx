import { type Tour, type TourStop, tourSchema } from '@atlas/schema'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { t } from '../i18n/translate'
import { useAtlasView } from '../state/useUrlState'
import { trpcClient, useTRPC } from '../trpc'
import { ConflictNotice } from './ConflictNotice'
import { DeleteRecord } from './DeleteRecord'
import { useEditor } from './EditingContext'
import { OptionalSelectField, TextAreaField, TextField } from './Field'
import { FormProblems } from './FormProblems'
import { placeComplaints } from './fieldErrors'
import { checkWithNewSource, NEW_SOURCE_FIELDS } from './newSource'
import { SourcePicker } from './SourcePicker'
import { slugFromName } from './slug'
import { newTour, stopFields, stopShowing } from './tourDraft'
import { useEditSession } from './useEditSession'
import { useNewSource } from './useNewSource'

const STOPS_TO_ADD = 20

const TOUR_FIELDS = ['id', 'title', 'description', 'initiativeId', 'sourceIds', 'stops', ...NEW_SOURCE_FIELDS]

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
  if (loaded.isError) return <p role="alert">{t('status.partFailed', { message: loaded.error.message })}</p>
  if (!loaded.data) return <p className="hint">{t('status.loadingPart')}</p>
  return <TourFields initial={loaded.data.record} version={loaded.data.version} />
}

/**
 * A tour's title, description, initiative and sources, and each stop's title and caption. What a stop shows stays
 * as it was written, unless the editor moves it to the map as it is now.
 */
function TourFields({ initial, version }: { initial: Tour; version: number | null }) {
  const editor = useEditor()
  const { atlas } = useAtlasView()
  const fields = [...TOUR_FIELDS, ...stopFields(initial.stops.length + STOPS_TO_ADD)]
  const session = useEditSession(initial, version, fields)
  const { draft, patch, errors } = session
  const { newSource, setNewSource, create: createSource } = useNewSource(session.run)
  // The id follows the title of a new tour until the editor writes one.
  const [idEdited, setIdEdited] = useState(version !== null)
  const [captured, setCaptured] = useState<number | null>(null)
  if (!editor?.data) return null

  const setStop = (index: number, stop: TourStop) =>
    patch({ stops: draft.stops.map((current, at) => (at === index ? stop : current)) })

  const save = async () => {
    const sourceIds = newSource ? [...draft.sourceIds, newSource.id] : draft.sourceIds
    const checked = checkWithNewSource(tourSchema, { ...draft, sourceIds }, newSource)
    if (!checked.ok) return session.setErrors(placeComplaints(checked.complaints, fields))
    if (!(await createSource(checked.source))) return
    patch({ sourceIds })
    const saved = await session.run(() =>
      session.version === null
        ? trpcClient.tour.create.mutate({ record: checked.record })
        : trpcClient.tour.update.mutate({ version: session.version, record: checked.record }),
    )
    if (!saved) return
    await editor.refresh()
    editor.finish()
  }

  return (
    <form
      className="edit-form"
      noValidate
      aria-labelledby="tour-form-heading"
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <h2 id="tour-form-heading" className="details-title">
        {version === null ? t('edit.newTourHeading') : t('edit.editTourHeading')}
      </h2>
      {version === null ? <p className="hint">{t('edit.newTourHint')}</p> : null}
      {session.conflict ? (
        <ConflictNotice
          mine={draft}
          theirs={session.conflict.current}
          onUseTheirs={() => session.takeTheirs(asTour)}
          onKeepMine={session.keepMine}
        />
      ) : null}
      <TextField
        label={t('field.title')}
        value={draft.title}
        onChange={(title) => patch(idEdited ? { title } : { title, id: slugFromName(title) })}
        error={errors.fields.title}
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
      <TextAreaField
        label={t('field.description')}
        value={draft.description}
        onChange={(description) => patch({ description })}
        error={errors.fields.description}
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
        newSource={newSource}
        onNewSource={setNewSource}
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
      <FormProblems errors={errors} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={session.pending}>
          {t('edit.save')}
        </button>
        <button type="button" className="button" onClick={() => editor.finish()}>
          {t('edit.cancel')}
        </button>
      </div>
      {version === null ? null : <DeleteRecord entity="tour" id={initial.id} name={initial.title} />}
    </form>
  )
}

/** Another editor's record, if it still reads as a tour. */
function asTour(current: unknown): Tour | null {
  const parsed = tourSchema.safeParse(current)
  return parsed.success ? parsed.data : null
}

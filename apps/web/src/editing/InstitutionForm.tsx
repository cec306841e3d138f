import {
  type CountryCode,
  INSTITUTION_KINDS,
  type Institution,
  institutionSchema,
  LOCATION_PRECISIONS,
} from '@atlas/schema'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { t } from '../i18n/translate'
import { trpcClient, useTRPC } from '../trpc'
import { CityField } from './CityField'
import { countryOptions } from './countryOptions'
import { useEditor } from './EditingContext'
import { OptionalTextField, SelectField, TextAreaField, TextField } from './Field'
import { Loaded } from './Loaded'
import { NameAndIdFields } from './NameAndIdFields'
import { NEW_SOURCE_FIELDS, readAs } from './newSource'
import { RecordForm } from './RecordForm'
import { SourcePicker } from './SourcePicker'
import { saveRecord } from './saveRecord'
import { useDraggablePin } from './useDraggablePin'
import { useEditSession } from './useEditSession'
import { useNewSource } from './useNewSource'

/** An institution while it is written: the country and the place may still be missing. */
type InstitutionDraft = Omit<Institution, 'country' | 'lon' | 'lat'> & {
  country: CountryCode | ''
  lon: number | null
  lat: number | null
}

const FIELDS = [
  'id',
  'name',
  'nativeName',
  'altNames',
  'kind',
  'country',
  'city',
  'lon',
  'lat',
  'precision',
  'website',
  'sourceIds',
  'coordinateSourceId',
  ...NEW_SOURCE_FIELDS,
]

const NEW_INSTITUTION: InstitutionDraft = {
  id: '',
  name: '',
  nativeName: null,
  altNames: [],
  kind: 'university',
  country: '',
  city: '',
  lon: null,
  lat: null,
  precision: 'city',
  website: null,
  sourceIds: [],
  coordinateSourceId: null,
  facts: [],
}

/** A new institution (id null) or one to change, loaded with the version a save must name. */
export function InstitutionForm({ id }: { id: string | null }) {
  const trpc = useTRPC()
  const loaded = useQuery(
    trpc.institution.record.queryOptions({ id: id ?? '' }, { enabled: id !== null, gcTime: 0 }),
  )
  if (id === null) return <InstitutionFields initial={NEW_INSTITUTION} version={null} />
  return (
    <Loaded query={loaded}>
      {({ record, version }) => <InstitutionFields initial={record} version={version} />}
    </Loaded>
  )
}

function InstitutionFields({ initial, version }: { initial: InstitutionDraft; version: number | null }) {
  const editor = useEditor()
  const session = useEditSession(initial, version, FIELDS)
  const { draft, patch, errors } = session
  const newSource = useNewSource(session.run)
  const place = draft.lon !== null && draft.lat !== null ? { lon: draft.lon, lat: draft.lat } : null
  useDraggablePin(editor?.map ?? null, place, ({ lon, lat }) => patch({ lon, lat, precision: 'campus' }))
  if (!editor) return null

  const save = async () => {
    const sourceIds = newSource.newSource ? [...draft.sourceIds, newSource.newSource.id] : draft.sourceIds
    const coordinateSourceId =
      draft.coordinateSourceId && sourceIds.includes(draft.coordinateSourceId)
        ? draft.coordinateSourceId
        : (sourceIds[0] ?? null)
    await saveRecord({
      session,
      fields: FIELDS,
      schema: institutionSchema,
      record: { ...draft, sourceIds, coordinateSourceId },
      newSource,
      cites: { sourceIds },
      procedures: trpcClient.institution,
      editor,
      afterwards: (saved) => editor.finish({ type: 'institution', id: saved.id }),
    })
  }

  return (
    <RecordForm
      entity="institution"
      heading={
        version === null ? t('edit.newInstitution') : t('edit.editInstitution', { name: initial.name })
      }
      session={session}
      theirs={(current) => readAs(institutionSchema, current)}
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
      <OptionalTextField
        label={t('field.nativeName')}
        value={draft.nativeName}
        onChange={(nativeName) => patch({ nativeName })}
        error={errors.fields.nativeName}
      />
      <TextAreaField
        label={t('field.altNames')}
        hint={t('edit.altNamesHint')}
        value={draft.altNames.join('\n')}
        onChange={(text) =>
          patch({
            altNames: text
              .split('\n')
              .map((name) => name.trim())
              .filter(Boolean),
          })
        }
        error={errors.fields.altNames}
        rows={2}
      />
      <SelectField
        label={t('field.kind')}
        value={draft.kind}
        options={INSTITUTION_KINDS.map((kind) => ({ value: kind, label: t(`institutionKind.${kind}`) }))}
        onChange={(kind) => patch({ kind })}
        error={errors.fields.kind}
      />
      <SelectField
        label={t('field.country')}
        value={draft.country}
        placeholder={t('edit.chooseCountry')}
        options={countryOptions()}
        onChange={(country) => patch({ country })}
        error={errors.fields.country}
      />
      <CityField
        city={draft.city}
        country={draft.country}
        onCity={(city) => patch({ city })}
        onPick={(picked) => {
          patch({
            city: picked.name,
            country: picked.country,
            lon: picked.lon,
            lat: picked.lat,
            precision: 'city',
          })
          editor.flyTo(picked.lon, picked.lat)
        }}
        error={errors.fields.city}
      />
      <fieldset className="edit-fieldset">
        <legend>{t('edit.location')}</legend>
        <p className="hint">{place ? t('edit.dragPin') : t('edit.pickPlaceFirst')}</p>
        <div className="edit-row">
          <CoordinateField
            label={t('field.lon')}
            value={draft.lon}
            onChange={(lon) => patch({ lon })}
            error={errors.fields.lon}
          />
          <CoordinateField
            label={t('field.lat')}
            value={draft.lat}
            onChange={(lat) => patch({ lat })}
            error={errors.fields.lat}
          />
        </div>
        <SelectField
          label={t('field.precision')}
          value={draft.precision}
          options={LOCATION_PRECISIONS.map((precision) => ({
            value: precision,
            label: t(`precision.${precision}`),
          }))}
          onChange={(precision) => patch({ precision })}
          error={errors.fields.precision}
        />
      </fieldset>
      <OptionalTextField
        label={t('field.website')}
        type="url"
        value={draft.website}
        onChange={(website) => patch({ website })}
        error={errors.fields.website}
      />
      <SourcePicker
        multiple
        chosen={draft.sourceIds}
        onChange={(sourceIds) => patch({ sourceIds })}
        newSource={newSource.newSource}
        onNewSource={newSource.setNewSource}
        error={errors.fields.sourceIds ?? errors.fields.coordinateSourceId}
        errors={errors}
      />
    </RecordForm>
  )
}

/**
 * A degree of longitude or latitude, typed: what the pin does by hand, for those who use the keyboard. The text is
 * kept as typed ("-15.", on the way to "-15.4"), and follows the value when the pin moves it.
 */
function CoordinateField({
  label,
  value,
  onChange,
  error,
}: {
  label: string
  value: number | null
  onChange(value: number | null): void
  error: string | undefined
}) {
  const [text, setText] = useState(value === null ? '' : String(value))
  const [shown, setShown] = useState(value)
  if (value !== shown) {
    setShown(value)
    if (parseDegrees(text) !== value) setText(value === null ? '' : String(value))
  }
  return (
    <TextField
      label={label}
      inputMode="decimal"
      value={text}
      onChange={(typed) => {
        setText(typed)
        const degrees = parseDegrees(typed)
        setShown(degrees)
        onChange(degrees)
      }}
      error={error}
    />
  )
}

function parseDegrees(text: string): number | null {
  const degrees = Number(text)
  return text.trim() === '' || Number.isNaN(degrees) ? null : degrees
}

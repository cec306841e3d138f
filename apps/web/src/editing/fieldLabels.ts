import type { MessageKey } from '../i18n/en'
import { t } from '../i18n/translate'

/** The message naming each field of the records editors change, shared by the forms and the history. */
const FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  id: 'field.id',
  name: 'field.name',
  nativeName: 'field.nativeName',
  altNames: 'field.altNames',
  kind: 'field.kind',
  country: 'field.country',
  city: 'field.city',
  lon: 'field.lon',
  lat: 'field.lat',
  precision: 'field.precision',
  website: 'field.website',
  sourceIds: 'field.sourceIds',
  coordinateSourceId: 'field.coordinateSourceId',
  facts: 'field.facts',
  from: 'field.from',
  to: 'field.to',
  initiatives: 'field.initiatives',
  start: 'field.start',
  end: 'field.end',
  status: 'field.status',
  description: 'field.description',
  sourceId: 'field.sourceId',
  seatId: 'field.seatId',
  founded: 'field.founded',
  foundedAtId: 'field.foundedAtId',
  linkKind: 'field.linkKind',
  members: 'field.members',
  title: 'field.title',
  publisher: 'field.publisher',
  publishedOn: 'field.publishedOn',
  url: 'field.url',
  accessedOn: 'field.accessedOn',
  text: 'field.text',
  colour: 'field.colour',
  parentId: 'field.parentId',
  initiativeId: 'field.initiativeId',
  stops: 'field.stops',
  caption: 'edit.caption',
  translations: 'edit.translations.heading',
}

/** A field's name as a person reads it; a field without a message keeps its own name. */
export function fieldLabel(field: string): string {
  const key = FIELD_LABELS[field]
  return key ? t(key) : field
}

import type {
  CountryCode,
  DatePrecision,
  GroupKind,
  InstitutionKind,
  LinkKind,
  LinkStatus,
  LocationPrecision,
  MemberRole,
} from '@atlas/schema'
import type { ColumnType, Generated, Selectable } from 'kysely'

// Columns held to a closed vocabulary (by a check constraint, and country codes by the shared schema on every write)
// are typed with the schema's unions, so rows read back need no cast and a row written cannot carry another word.

/** A `date` column: both engines are set to hand dates over as 'YYYY-MM-DD' strings, never as JS Dates. */
type DateColumn = string

interface SourcesTable {
  id: string
  title: string
  publisher: string | null
  published_on: DateColumn | null
  seed_file: string | null
  url: string | null
  accessed_on: DateColumn | null
  /** The document's stored text; only `findSourceDocument` reads it, so lists stay small. */
  text: string | null
}

interface InitiativesTable {
  id: string
  name: string
  colour: string
  description: string
  parent_id: string | null
}

interface InitiativeSourcesTable {
  initiative_id: string
  source_id: string
}

interface InstitutionsTable {
  id: string
  name: string
  native_name: string | null
  alt_names: Generated<string[]>
  kind: InstitutionKind
  country: CountryCode
  city: string
  lon: number
  lat: number
  precision: LocationPrecision
  website: string | null
  coordinate_source_id: string | null
  /** All names folded by `foldForSearch`, so search needs no database extension. */
  search_text: string
}

interface InstitutionSourcesTable {
  institution_id: string
  source_id: string
}

interface FactsTable {
  id: string
  institution_id: string
  position: number
  label: string
  text: string
  value: number | null
  source_id: string
  excerpt: string | null
}

interface LinksTable {
  id: string
  from_id: string
  to_id: string
  kind: LinkKind
  start_date: DateColumn | null
  start_precision: DatePrecision | null
  end_date: DateColumn | null
  end_precision: DatePrecision | null
  status: LinkStatus
  description: string | null
  group_id: string | null
  source_id: string
}

interface LinkInitiativesTable {
  link_id: string
  initiative_id: string
}

interface GroupsTable {
  id: string
  name: string
  kind: GroupKind
  seat_id: string
  founded_date: DateColumn | null
  founded_precision: DatePrecision | null
  founded_at_id: string | null
  link_kind: LinkKind
  description: string
  source_id: string
}

interface GroupInitiativesTable {
  group_id: string
  initiative_id: string
}

interface GroupMembersTable {
  group_id: string
  institution_id: string
  role: MemberRole
  position: number
}

/** A jsonb column: written as JSON text, read back parsed (and then checked by the shared schema). */
type JsonColumn = ColumnType<unknown, string, string>

interface ToursTable {
  id: string
  title: string
  description: string
  initiative_id: string | null
  position: number
}

interface TourSourcesTable {
  tour_id: string
  source_id: string
}

interface TourStopsTable {
  tour_id: string
  position: number
  title: string
  caption: string
  view: JsonColumn
  filter: JsonColumn
  selection: ColumnType<unknown, string | null, string | null>
  /** The ids of the institutions the stop is about, as a JSON array; null for a stop that names none. */
  focus: ColumnType<unknown, string | null, string | null>
  pinned: Generated<boolean>
}

interface MetaTable {
  key: string
  value: string
}

export interface Database {
  sources: SourcesTable
  initiatives: InitiativesTable
  initiative_sources: InitiativeSourcesTable
  institutions: InstitutionsTable
  institution_sources: InstitutionSourcesTable
  facts: FactsTable
  links: LinksTable
  link_initiatives: LinkInitiativesTable
  /** A view (migration 0004): the initiatives each link counts under for the filter. Read only. */
  link_own_initiatives: LinkInitiativesTable
  groups: GroupsTable
  group_initiatives: GroupInitiativesTable
  group_members: GroupMembersTable
  tours: ToursTable
  tour_sources: TourSourcesTable
  tour_stops: TourStopsTable
  atlas_meta: MetaTable
}

export type InstitutionRow = Selectable<InstitutionsTable>

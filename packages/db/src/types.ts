import type { ColumnType, Insertable, Selectable } from 'kysely'

/** A `date` column: both engines are set to hand dates over as 'YYYY-MM-DD' strings, never as JS Dates. */
type DateColumn = string

export interface SourcesTable {
  id: string
  title: string
  publisher: string | null
  published_on: DateColumn | null
  seed_file: string | null
}

export interface InitiativesTable {
  id: string
  name: string
  colour: string
  description: string
  parent_id: string | null
}

export interface InitiativeSourcesTable {
  initiative_id: string
  source_id: string
}

export interface InstitutionsTable {
  id: string
  name: string
  native_name: string | null
  alt_names: ColumnType<string[], string[] | undefined, string[]>
  kind: string
  country: string
  city: string
  lon: number
  lat: number
  precision: string
  website: string | null
  /** All names folded by `foldForSearch`, so search needs no database extension. */
  search_text: string
}

export interface InstitutionSourcesTable {
  institution_id: string
  source_id: string
}

export interface FactsTable {
  id: string
  institution_id: string
  position: number
  label: string
  text: string
  value: number | null
  source_id: string
}

export interface LinksTable {
  id: string
  from_id: string
  to_id: string
  kind: string
  start_date: DateColumn | null
  start_precision: string | null
  end_date: DateColumn | null
  end_precision: string | null
  status: string
  description: string | null
  group_id: string | null
  source_id: string
}

export interface LinkInitiativesTable {
  link_id: string
  initiative_id: string
}

export interface GroupsTable {
  id: string
  name: string
  kind: string
  seat_id: string
  founded_date: DateColumn | null
  founded_precision: string | null
  link_kind: string
  description: string
  source_id: string
}

export interface GroupInitiativesTable {
  group_id: string
  initiative_id: string
}

export interface GroupMembersTable {
  group_id: string
  institution_id: string
  role: string
  position: number
}

/** A jsonb column: written as JSON text, read back parsed (and then checked by the shared schema). */
type JsonColumn = ColumnType<unknown, string, string>

export interface ToursTable {
  id: string
  title: string
  description: string
  initiative_id: string | null
  position: number
}

export interface TourSourcesTable {
  tour_id: string
  source_id: string
}

export interface TourStopsTable {
  tour_id: string
  position: number
  title: string
  caption: string
  view: JsonColumn
  filter: JsonColumn
  selection: ColumnType<unknown, string | null, string | null>
}

export interface MetaTable {
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
  groups: GroupsTable
  group_initiatives: GroupInitiativesTable
  group_members: GroupMembersTable
  tours: ToursTable
  tour_sources: TourSourcesTable
  tour_stops: TourStopsTable
  atlas_meta: MetaTable
}

export type InstitutionRow = Selectable<InstitutionsTable>
export type NewInstitutionRow = Insertable<InstitutionsTable>
export type LinkRow = Selectable<LinksTable>
export type GroupRow = Selectable<GroupsTable>

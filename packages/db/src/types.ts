import type {
  ChangeAction,
  CountryCode,
  DatePrecision,
  EntityName,
  GroupKind,
  InstitutionKind,
  LinkKind,
  LinkStatus,
  LocationPrecision,
  MemberRole,
  UserRole,
} from '@atlas/schema'
import type { ColumnType, Generated, Selectable } from 'kysely'

// Columns held to a closed vocabulary (by a check constraint, and country codes by the shared schema on every write)
// are typed with the schema's unions, so rows read back need no cast and a row written cannot carry another word.

/** A `date` column: both engines are set to hand dates over as 'YYYY-MM-DD' strings, never as JS Dates. */
type DateColumn = string

interface SourcesTable {
  version: VersionColumn
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
  version: VersionColumn
  id: string
  name: string
  colour: string
  description: string
  parent_id: string | null
  translations: TranslationsColumn
}

interface InitiativeSourcesTable {
  initiative_id: string
  source_id: string
}

interface InstitutionsTable {
  version: VersionColumn
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
  version: VersionColumn
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
  version: VersionColumn
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
  translations: TranslationsColumn
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
  joined_date: DateColumn | null
  joined_precision: DatePrecision | null
  left_date: DateColumn | null
  left_precision: DatePrecision | null
}

/** A jsonb column: written as JSON text, read back parsed (and then checked by the shared schema). */
type JsonColumn = ColumnType<unknown, string, string>

/** A record's translations (shared schema: translationsSchema) as a JSON object; `{}` for none. */
type TranslationsColumn = ColumnType<unknown, string | undefined, string>

interface ToursTable {
  version: VersionColumn
  id: string
  title: string
  description: string
  initiative_id: string | null
  position: number
  translations: TranslationsColumn
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
  translations: TranslationsColumn
}

/** A record's version: 1 when written, raised by every update, checked so a stale save is refused. */
type VersionColumn = Generated<number>

/** A timestamptz column: read as a Date, written as a Date or left to its default. */
type TimeColumn = ColumnType<Date, Date | string | undefined, Date | string>

interface UsersTable {
  id: string
  /** Lowercased, so one person cannot hold two accounts by capitalisation. */
  email: string
  name: string | null
  role: UserRole
  /** scrypt, written `scrypt$N$r$p$salt$hash`; null until the person chooses a password through a sign-in link. */
  password_hash: string | null
  disabled: Generated<boolean>
  created_at: TimeColumn
  created_by: string | null
}

interface SessionsTable {
  /** The sha256 of the cookie's token: a copy of the table signs nobody in. */
  token_hash: string
  user_id: string
  created_at: TimeColumn
  last_seen_at: TimeColumn
  expires_at: TimeColumn
}

interface SignInLinksTable {
  token_hash: string
  user_id: string
  expires_at: TimeColumn
  used_at: TimeColumn | null
}

interface SignInFailuresTable {
  /** `email:<address>` or `ip:<address>`. */
  key: string
  failures: number
  last_failed_at: TimeColumn
}

interface ChangesTable {
  id: Generated<string>
  at: TimeColumn
  /** Null for a change the system made (the seed), not a person. */
  user_id: string | null
  entity: EntityName
  record_id: string
  action: ChangeAction
  before: ColumnType<unknown, string | null, string | null>
  after: ColumnType<unknown, string | null, string | null>
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
  users: UsersTable
  sessions: SessionsTable
  sign_in_links: SignInLinksTable
  sign_in_failures: SignInFailuresTable
  changes: ChangesTable
}

export type InstitutionRow = Selectable<InstitutionsTable>

import type { CountryCode, Group, InitiativeWithCounts, InstitutionSummary, Link } from '@atlas/schema'
import type { AtlasFilter, MapOptions, MapView, Selection, Theme } from '../state/atlasView'

/**
 * The map's whole input: the data (all of it, as fetched once), the filter to apply on the GPU, and how to draw.
 * The map owns no business logic; it reports what the person does through the callbacks.
 */
export interface AtlasMapProps {
  institutions: InstitutionSummary[]
  links: Link[]
  groups: Group[]
  initiatives: InitiativeWithCounts[]
  filter: AtlasFilter
  selection: Selection
  /** Where the map should be. When this differs from where the map is, it flies there. */
  view: MapView
  theme: Theme
  options: MapOptions
  /** Shown links per country, for the choropleth (only used while options.choropleth is on). */
  linksByCountry: ReadonlyMap<CountryCode, number>
  onSelect(selection: Selection): void
  /** Called when a move ends, with where the map now is. */
  onViewChange(view: MapView): void
}

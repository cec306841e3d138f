import type { CountryCode, Group, InitiativeWithCounts, InstitutionSummary, Link } from '@atlas/schema'
import type { Map as MapLibreMap } from 'maplibre-gl'
import type { AtlasFilter, MapOptions, MapView, Selection, Theme } from '../state/atlasView'
import type { Insets } from './useView'

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
  /**
   * Pixels on each side of the map that something covers (a tour's caption and controls): the view's centre is then
   * the centre of the rest, so that what a tour stop frames stays in sight. None when absent.
   */
  covered?: Insets
  theme: Theme
  options: MapOptions
  /** Shown links per country, for the choropleth (only used while options.choropleth is on). */
  linksByCountry: ReadonlyMap<CountryCode, number>
  onSelect(selection: Selection): void
  /** Called when a move ends, with where the map now is. */
  onViewChange(view: MapView): void
  /**
   * False draws a still map: no panning, zooming, selecting or zoom buttons (a static embed). Read when the map is
   * created; true when absent.
   */
  interactive?: boolean
  /**
   * Called with the MapLibre map once it exists, and with null when it is removed: for what needs the map itself,
   * such as exporting an image of it. The map stays this component's to change.
   */
  onMapReady?(map: MapLibreMap | null): void
}

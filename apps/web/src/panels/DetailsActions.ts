import type { CountryCode, InstitutionSummary } from '@atlas/schema'
import type { Selection } from '../state/atlasView'

/** What a details panel can ask of the app: select something else, go to an institution, filter to a country. */
export interface DetailsActions {
  onSelect(selection: Selection): void
  /** Selects an institution and brings it into view. */
  onChooseInstitution(institution: InstitutionSummary): void
  /** Opens a group's page and brings its seat and members into view. */
  onChooseGroup(id: string): void
  onFilterToCountry(code: CountryCode): void
}

import type { CountryCode, Group, Initiative, InstitutionSummary, Link, Source } from '@atlas/schema'

/**
 * What the data exports write: the institutions and links the filter shows, and what names them. The integrator
 * builds it from FilteredAtlas, AtlasData, source.list and i18n's countryName.
 */
export interface AtlasExport {
  institutions: readonly InstitutionSummary[]
  links: readonly Link[]
  /** Shown links at each institution. */
  linksByInstitution: ReadonlyMap<string, number>
  /** Every institution, so that a link is named even if an end were not among the shown ones. */
  allInstitutions: readonly InstitutionSummary[]
  initiatives: readonly Pick<Initiative, 'id' | 'name'>[]
  groups: readonly Pick<Group, 'id' | 'name'>[]
  sources: readonly Pick<Source, 'id' | 'title'>[]
  countryName(code: CountryCode): string
}

/** Lookups by id over an AtlasExport, built once per export. */
export function exportLookups(data: AtlasExport) {
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    new Map(items.map((item) => [item.id, item]))
  return {
    institutions: byId([...data.allInstitutions, ...data.institutions]),
    initiatives: byId(data.initiatives),
    groups: byId(data.groups),
    sources: byId(data.sources),
  }
}

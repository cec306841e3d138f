import type { CountryCode, InstitutionSummary, Link } from '@atlas/schema'

export interface CountrySummary {
  institutions: InstitutionSummary[]
  /** Countries joined to this one by shown links, most links first. */
  partners: { country: CountryCode; links: number }[]
}

/** A country's shown institutions, and the countries its shown links reach. */
export function countrySummary(
  code: CountryCode,
  shown: { institutions: readonly InstitutionSummary[]; links: readonly Link[] },
  allInstitutions: readonly InstitutionSummary[],
): CountrySummary {
  const countryOf = new Map(allInstitutions.map((institution) => [institution.id, institution.country]))
  const partners = new Map<CountryCode, number>()
  for (const link of shown.links) {
    const ends = [countryOf.get(link.fromId), countryOf.get(link.toId)]
    if (!ends.includes(code)) continue
    for (const other of new Set(ends)) {
      if (other !== undefined && other !== code) partners.set(other, (partners.get(other) ?? 0) + 1)
    }
  }
  return {
    institutions: shown.institutions.filter((institution) => institution.country === code),
    partners: [...partners]
      .map(([country, links]) => ({ country, links }))
      .sort((a, b) => b.links - a.links || a.country.localeCompare(b.country)),
  }
}

import type { CountryCode, GroupMember } from '@atlas/schema'

export interface CountryMembers {
  country: CountryCode
  members: GroupMember[]
}

/**
 * A group's members by country: the countries in the order the source first names one of their members (the seat's
 * usually first), the members of each in the source's order.
 */
export function membersByCountry(members: readonly GroupMember[]): CountryMembers[] {
  const byCountry = new Map<CountryCode, GroupMember[]>()
  for (const member of members) {
    const { country } = member.institution
    byCountry.set(country, [...(byCountry.get(country) ?? []), member])
  }
  return [...byCountry].map(([country, list]) => ({ country, members: list }))
}

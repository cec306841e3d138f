import type { CountryCode, InstitutionSummary } from '@atlas/schema'
import { countryName, formatPercent } from '../i18n/format'
import { institutionNames } from '../i18n/institutionName'
import { t } from '../i18n/translate'
import type { FlowEnd, MapTarget } from './pick'

export interface TooltipText {
  title: string
  details: string[]
}

export interface TooltipLookup {
  institutions: ReadonlyMap<string, InstitutionSummary>
  /** Initiatives' names by id, for what colours a flow. */
  initiativeNames: ReadonlyMap<string, string>
  /** Links per country while countries are shaded; null otherwise, when countries have no tooltip. */
  linksByCountry: ReadonlyMap<CountryCode, number> | null
}

/** What the tooltip says about what is under the pointer, or null for nothing worth saying. */
export function tooltipText(target: MapTarget, lookup: TooltipLookup): TooltipText | null {
  const nameOf = (id: string) => {
    const institution = lookup.institutions.get(id)
    return institution ? institutionNames(institution).name.text : id
  }
  switch (target.type) {
    case 'institution': {
      const institution = lookup.institutions.get(target.id)
      if (!institution) return null
      const { city, country } = institution
      const { name, other } = institutionNames(institution)
      return {
        title: name.text,
        details: [
          ...(other ? [other.text] : []),
          t('details.locationValue', { city, country: countryName(country) }),
          t('map.tooltip.links', { count: target.links }),
        ],
      }
    }
    case 'cluster':
      return {
        title: t('map.tooltip.cluster', { count: target.count }),
        details: [t('map.tooltip.clusterHint')],
      }
    case 'link':
      return {
        title: t('map.tooltip.link', { from: nameOf(target.from), to: nameOf(target.to) }),
        details: [t(`linkKind.${target.kind}`)],
      }
    case 'flow': {
      const rest = target.initiatives.reduce((left, [, count]) => left - count, target.count)
      const place = (end: FlowEnd) => (target.band === 'country' ? countryName(end.country) : end.city)
      return {
        title: t('map.tooltip.flow', { from: place(target.from), to: place(target.to) }),
        details: [
          t('map.tooltip.flowLinks', { count: target.count }),
          ...target.initiatives.map(([id, count]) =>
            t('map.tooltip.flowShare', {
              initiative: id ? (lookup.initiativeNames.get(id) ?? id) : t('map.tooltip.noInitiative'),
              share: formatPercent(count / target.count),
            }),
          ),
          ...(rest > 0
            ? [t('map.tooltip.otherInitiatives', { share: formatPercent(rest / target.count) })]
            : []),
          t('map.tooltip.flowHint'),
        ],
      }
    }
    case 'country': {
      if (!lookup.linksByCountry) return null
      const count = lookup.linksByCountry.get(target.code) ?? 0
      return {
        title: t('map.tooltip.countryLinks', { country: countryName(target.code), count }),
        details: [],
      }
    }
  }
}

import type { Initiative, InstitutionSummary, Link } from '@atlas/schema'
import { countryName, formatList, joinParts } from '../i18n/format'
import { localText } from '../i18n/localized'
import { t } from '../i18n/translate'
import type { AtlasFilter, MapOptions } from '../state/atlasView'
import { INSTITUTION_KIND_COLOURS } from '../theme/palette'
import type { LegendItem } from './imageLayout'

/**
 * What an exported image of the view says besides the map: its legend, the sources it credits and the title it
 * starts with. Pure, from what the filter shows.
 */

export interface ShownAtlas {
  institutions: readonly InstitutionSummary[]
  links: readonly Link[]
}

/** What the colours on the map mean for what is shown: the initiatives of the shown links, or the institution kinds. */
export function imageLegendItems(
  shown: ShownAtlas,
  initiatives: readonly Pick<Initiative, 'id' | 'name' | 'colour'>[],
  colourBy: MapOptions['colourBy'],
): LegendItem[] {
  if (colourBy === 'kind') {
    const kinds = new Set(shown.institutions.map((institution) => institution.kind))
    return Object.entries(INSTITUTION_KIND_COLOURS)
      .filter(([kind]) => kinds.has(kind as InstitutionSummary['kind']))
      .map(([kind, colour]) => ({
        label: t(`institutionKind.${kind as InstitutionSummary['kind']}`),
        colour,
      }))
  }
  const used = new Set(shown.links.flatMap((link) => link.initiatives))
  return initiatives
    .filter((initiative) => used.has(initiative.id))
    .map((initiative) => ({ label: localText(initiative, 'name'), colour: initiative.colour }))
}

/** The sources of the shown links, each once, in the order they are first cited. */
export function shownSourceIds(links: readonly Link[]): string[] {
  return [...new Set(links.map((link) => link.sourceId))]
}

/**
 * "Sino-Polish University Consortium · Poland · 2016–2018 · 23 institutions in 2 countries": what the filter picks
 * (the app's name when it picks nothing) and how much of the atlas that shows, so that an image says what it is
 * of. Without `shown` (the data not loaded yet) the counts are left out.
 */
export function viewTitle(
  filter: AtlasFilter,
  initiatives: readonly Pick<Initiative, 'id' | 'name' | 'translations'>[],
  shown: { institutions: readonly Pick<InstitutionSummary, 'country'>[] } | null,
): string {
  const names = new Map(initiatives.map((initiative) => [initiative.id, localText(initiative, 'name')]))
  const years =
    filter.yearFrom === null && filter.yearTo === null
      ? null
      : t('filters.yearRange', { from: String(filter.yearFrom ?? ''), to: String(filter.yearTo ?? '') })
  const picked = joinParts(
    filter.initiatives && formatList(filter.initiatives.map((id) => names.get(id) ?? id)),
    filter.countries && formatList(filter.countries.map(countryName)),
    years,
  )
  const what = picked || t('app.title')
  if (!shown) return what
  const counts = t('share.viewCounts', {
    institutions: t('count.institutions', { count: shown.institutions.length }),
    countries: t('count.countries', {
      count: new Set(shown.institutions.map((institution) => institution.country)).size,
    }),
  })
  return t('share.viewTitle', { shown: what, counts })
}

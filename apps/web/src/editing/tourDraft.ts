import type { Tour, TourStop } from '@atlas/schema'
import type { AtlasView } from '../state/atlasView'
import { type TranslatedFields, translationKeys } from './translationDraft'

/** The map as a stop keeps it: where it looks, what the filter shows and what is selected. */
export type MapState = Pick<AtlasView, 'view' | 'filter' | 'selection'>

/** A stop's words that have translations, as the tour form writes them. */
export const STOP_TRANSLATED: TranslatedFields<'title' | 'caption'> = { title: 'line', caption: 'text' }

/**
 * A stop showing the map as it is. Its title and caption, and their translations, are kept; what it framed before
 * (`focus`) and a pinned camera are dropped, since they were about the map it showed then.
 */
export function stopShowing(
  stop: Pick<TourStop, 'title' | 'caption' | 'translations'>,
  map: MapState,
): TourStop {
  return {
    title: stop.title,
    caption: stop.caption,
    view: map.view,
    filter: map.filter,
    selection: map.selection,
    ...(stop.translations ? { translations: stop.translations } : {}),
  }
}

/** A tour not yet written: one stop, the map as it is, for the editor to title and caption. */
export function newTour(map: MapState): Tour {
  return {
    id: '',
    title: '',
    description: '',
    initiativeId: null,
    sourceIds: [],
    stops: [stopShowing({ title: '', caption: '' }, map)],
  }
}

/**
 * The fields of each stop the form shows, so that a complaint about `stops.2.caption` (or its Polish translation,
 * `stops.2.translations.pl.caption`) lands on that stop's field.
 */
export function stopFields(count: number): string[] {
  return Array.from({ length: count }, (_, index) => [
    ...['title', 'caption', ''].map((field) => (field ? `stops.${index}.${field}` : `stops.${index}`)),
    ...translationKeys(STOP_TRANSLATED, `stops.${index}.`),
  ]).flat()
}

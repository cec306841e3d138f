import type { Account } from '@atlas/schema'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { createContext, useContext } from 'react'
import type { AtlasData } from '../data/useAtlasData'
import type { Selection } from '../state/atlasView'
import type { EditTarget } from './editTarget'

/** What the page offers those who curate the atlas, and what their forms need of it. */
export interface Editing {
  /** Who is signed in; null for a visitor, who sees no editing controls. */
  account: Account | null
  openSignIn(): void
  /** The admin's dialog of accounts. */
  openEditors(): void
  /** The latest changes to any record, where a deleted one is found again. */
  openRecentChanges(): void
  signOut(): void
  /** The form open beside the map, or null. */
  target: EditTarget | null
  edit(target: EditTarget): void
  /** Closes the form, and shows what was saved where there is something to show. */
  finish(saved?: Selection): void
  /** Fetches everything again after a change, so that the map and the panels show it. */
  refresh(): Promise<void>
  /** The map, for a form's draggable pin; null until it exists. */
  map: MapLibreMap | null
  /** Moves the map to a place the editor picked. */
  flyTo(lon: number, lat: number): void
  /** The atlas as loaded, for the forms' pick lists; null while it loads. */
  data: AtlasData | null
}

/** Null where no provider is (a component rendered alone in a test): then nothing offers editing. */
export const EditingContext = createContext<Editing | null>(null)

/** The editing controls' state, or null where there is none. */
export function useEditing(): Editing | null {
  return useContext(EditingContext)
}

/** The same for a signed-in editor only: null for a visitor, so that a control can hide itself in one line. */
export function useEditor(): (Editing & { account: Account }) | null {
  const editing = useContext(EditingContext)
  return editing?.account ? { ...editing, account: editing.account } : null
}

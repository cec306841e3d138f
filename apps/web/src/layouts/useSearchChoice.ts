import { useCallback } from 'react'
import type { SearchTarget } from '../data/atlasSearch'
import type { DetailsActions } from '../panels/DetailsActions'
import type { UrlStore } from '../state/urlStore'

/**
 * What choosing a search result does: an institution or a group is selected and brought into view (a group's page
 * opens), and an initiative becomes the filter's only one, so the map shows its partnerships.
 */
export function useSearchChoice(
  update: UrlStore['update'],
  { onChooseInstitution, onChooseGroup }: Pick<DetailsActions, 'onChooseInstitution' | 'onChooseGroup'>,
): (target: SearchTarget) => void {
  return useCallback(
    (target: SearchTarget) => {
      switch (target.type) {
        case 'institution':
          return onChooseInstitution(target.institution)
        case 'group':
          return onChooseGroup(target.group.id)
        case 'initiative':
          return update((current) => ({ filter: { ...current.filter, initiatives: [target.initiative.id] } }))
      }
    },
    [update, onChooseInstitution, onChooseGroup],
  )
}

import { trpcClient } from '../trpc'

/** The entities an editor changes from the details panel. */
export type EditedEntity = 'institution' | 'link' | 'group' | 'source' | 'initiative' | 'tour'

/**
 * One entity's procedures on the app's client: the version a deletion names is read with `record` just before,
 * so that a record changed since the details were shown is refused rather than deleted unseen.
 */
export function recordApi(entity: EditedEntity) {
  switch (entity) {
    case 'institution':
      return trpcClient.institution
    case 'link':
      return trpcClient.link
    case 'group':
      return trpcClient.group
    case 'source':
      return trpcClient.source
    case 'initiative':
      return trpcClient.initiative
    case 'tour':
      return trpcClient.tour
  }
}

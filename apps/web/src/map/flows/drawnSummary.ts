import { t } from '../../i18n/translate'
import type { Flow } from './aggregateFlows'
import type { DrawPlan } from './drawPlan'

/**
 * What the map draws of the links, in a sentence for people who cannot see it (and for tests): how many, and
 * whether one by one or as flows. `shown` is how many links the filter shows, `all` how many arcs the data has.
 */
export function drawnSummary(plan: DrawPlan, shown: number): string {
  switch (plan.kind) {
    case 'all':
      return t('map.drawn.all', { count: shown })
    case 'inView':
      return t('map.drawn.inView', { count: plan.arcs.length, shown })
    case 'flows': {
      const { flows, within } = plan.aggregation
      const inFlows = sum(flows)
      const inPlaces = [...within.values()].reduce((total, count) => total + count, 0)
      const key = plan.band.kind === 'country' ? 'map.drawn.countryFlows' : 'map.drawn.placeFlows'
      const summary = t(key, { count: inFlows + inPlaces, flows: flows.length, within: inPlaces })
      if (plan.drawn.length === flows.length) return summary
      return `${summary} ${t('map.drawn.largest', { count: plan.drawn.length, links: sum(plan.drawn) })}`
    }
  }
}

function sum(flows: readonly Flow[]): number {
  return flows.reduce((total, flow) => total + flow.count, 0)
}

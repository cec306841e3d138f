import {
  INSTITUTION_KINDS,
  type InitiativeWithCounts,
  type InstitutionSummary,
  type Link,
} from '@atlas/schema'
import { useMemo, useState } from 'react'
import { linkKindCounts } from '../data/linkKindCounts'
import { formatNumber } from '../i18n/format'
import { localized } from '../i18n/localized'
import { t } from '../i18n/translate'
import type { MapOptions, Theme } from '../state/atlasView'
import { mapPalette } from '../theme/mapPalette'
import { INSTITUTION_KIND_COLOURS, LINK_KIND_WIDTHS } from '../theme/palette'
import { PROJECTOR_SCALE } from '../theme/projectorTheme'
import { Localized } from './Localized'
import { Swatch } from './Swatch'

interface Props {
  initiatives: readonly InitiativeWithCounts[]
  institutions: readonly InstitutionSummary[]
  links: readonly Link[]
  options: MapOptions
  theme: Theme
  linksByCountry: ReadonlyMap<string, number>
}

/** What each colour and size on the map means, in the map's own colours and widths (theme/palette.ts, map/layers/). */
export function Legend({ initiatives, institutions, links, options, theme, linksByCountry }: Props) {
  const palette = mapPalette(theme, options.projector)
  const arcWidth = options.projector ? PROJECTOR_SCALE.arcWidth : 1
  const linkKinds = useMemo(() => linkKindCounts(links).map(({ kind }) => kind), [links])
  const institutionKinds = useMemo(() => {
    const present = new Set(institutions.map((institution) => institution.kind))
    return INSTITUTION_KINDS.filter((kind) => present.has(kind))
  }, [institutions])
  const mostLinks = Math.max(0, ...linksByCountry.values())
  // Open where there is room for it beside the map (a projector, a large screen); elsewhere it would cover too much.
  const [open, setOpen] = useState(
    () => window.matchMedia('(min-width: 901px) and (min-height: 1000px)').matches,
  )

  return (
    <details className="legend" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('legend.heading')}</summary>
      <div className="legend-body">
        {options.colourBy === 'initiative' ? (
          <LegendSection heading={t('legend.initiatives')}>
            {initiatives.map((initiative) => (
              <li key={initiative.id}>
                <Swatch colour={initiative.colour} />
                <Localized named={localized(initiative, 'name')} />
              </li>
            ))}
            {initiatives.length >= 2 ? (
              <li>
                <span className="legend-double-line" aria-hidden="true">
                  {initiatives.slice(0, 2).map((initiative) => (
                    <span
                      key={initiative.id}
                      className="legend-double-line-part"
                      style={{ backgroundColor: initiative.colour }}
                    />
                  ))}
                </span>
                {t('legend.twoInitiatives')}
              </li>
            ) : null}
            <li>
              <Swatch colour={palette.neutral} />
              {t('legend.noLinks')}
            </li>
          </LegendSection>
        ) : (
          <LegendSection heading={t('legend.institutionKinds')}>
            {institutionKinds.map((kind) => (
              <li key={kind}>
                <Swatch colour={INSTITUTION_KIND_COLOURS[kind]} />
                {t(`institutionKind.${kind}`)}
              </li>
            ))}
            <li>
              <span className="legend-line" style={{ backgroundColor: palette.neutral }} aria-hidden="true" />
              {t('legend.linksNeutral')}
            </li>
          </LegendSection>
        )}
        <LegendSection heading={t('legend.linkKinds')}>
          {linkKinds.map((kind) => (
            <li key={kind}>
              <span
                className="legend-line"
                style={{ height: LINK_KIND_WIDTHS[kind] * arcWidth, backgroundColor: palette.neutral }}
                aria-hidden="true"
              />
              {t(`linkKind.${kind}`)}
            </li>
          ))}
        </LegendSection>
        <LegendSection heading={t('legend.pointSize')}>
          <li>
            <PointSample size={8} colour={palette.neutral} rim={palette.pointRim} />
            {t('legend.pointFew')}
          </li>
          <li>
            <PointSample size={20} colour={palette.neutral} rim={palette.pointRim} />
            {t('legend.pointMany')}
          </li>
        </LegendSection>
        <p className="legend-cluster">
          <span
            className="legend-cluster-sample"
            style={{ backgroundColor: palette.cluster, color: palette.clusterText }}
            aria-hidden="true"
          >
            3
          </span>
          {t('legend.clusters')}
        </p>
        {options.choropleth ? (
          <div className="legend-section">
            <h3>{t('legend.choropleth')}</h3>
            <div
              className="legend-scale"
              style={{
                background: `linear-gradient(to right, ${palette.choroplethLow}, ${palette.choroplethHigh})`,
              }}
              aria-hidden="true"
            />
            <p className="legend-scale-labels">
              {t('legend.choroplethScale', { min: formatNumber(0), max: formatNumber(mostLinks) })}
            </p>
          </div>
        ) : null}
      </div>
    </details>
  )
}

function LegendSection({ heading, children }: { heading: string; children: React.ReactNode }) {
  return (
    <div className="legend-section">
      <h3>{heading}</h3>
      <ul>{children}</ul>
    </div>
  )
}

function PointSample({ size, colour, rim }: { size: number; colour: string; rim: string }) {
  return (
    <span className="legend-point-box" aria-hidden="true">
      <span
        className="legend-point"
        style={{ width: size, height: size, backgroundColor: colour, boxShadow: `0 0 0 1.5px ${rim}` }}
      />
    </span>
  )
}

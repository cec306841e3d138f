import type { SizeResult } from '../benchSize'
import type { Figure } from './figure'

/** What the report says besides the figures: the machine, the settings, and how to read them. */
export interface ReportContext {
  date: string
  machine: string
  notes: readonly string[]
}

const DIGITS: Readonly<Record<string, number>> = { ms: 1, B: 1, '×': 2, links: 0, '/s': 0 }

/** A figure's value or floor as a table writes it: numbers grouped and rounded by unit, text as it is. */
export function formatValue(value: number | string | undefined, unit: string): string {
  if (value === undefined) return '—'
  if (typeof value === 'string') return value
  const digits = DIGITS[unit] ?? (Number.isInteger(value) ? 0 : 1)
  return value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

/**
 * The run as markdown: per size, one table whose rows are the figures and whose columns are each engine's value
 * with its floor beside it, then PostgreSQL's plan of the link list and the browser half's figures.
 */
export function markdownReport(results: readonly SizeResult[], context: ReportContext): string {
  const lines = [
    '# Partnership Atlas at scale',
    '',
    `${context.date}. ${context.machine}`,
    '',
    ...context.notes.map((note) => `- ${note}`),
  ]
  for (const result of results) {
    lines.push(
      '',
      `## ${result.size}: ${result.institutions.toLocaleString('en')} institutions, ${result.links.toLocaleString('en')} links`,
      '',
      figureTable(result.postgres, result.pglite),
      '',
      `### PostgreSQL's plan of the whole link list (${result.postgresVersion})`,
      '',
      '```',
      result.explain,
      '```',
      '',
      '### Browser',
      '',
      browserTable(result.browser),
    )
  }
  return `${lines.join('\n')}\n`
}

function figureTable(postgres: readonly Figure[], pglite: readonly Figure[]): string {
  const labels = [...new Set([...postgres, ...pglite].map((figure) => figure.label))]
  const byLabel = (figures: readonly Figure[]) => new Map(figures.map((figure) => [figure.label, figure]))
  const [pg, lite] = [byLabel(postgres), byLabel(pglite)]
  const rows = labels.map((label) => {
    const a = pg.get(label)
    const b = lite.get(label)
    const unit = a?.unit ?? b?.unit ?? ''
    return [
      label,
      unit,
      formatValue(a?.value, unit),
      formatValue(a?.floor, unit),
      formatValue(b?.value, unit),
      formatValue(b?.floor, unit),
      a?.floorIs ?? b?.floorIs ?? '',
    ]
  })
  const header = ['Figure', 'Unit', 'PostgreSQL', 'floor', 'PGlite', 'floor', 'Floor is']
  const align = ['---', '---', '--:', '--:', '--:', '--:', '---']
  return [header, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n')
}

function browserTable(browser: SizeResult['browser']): string {
  if ('error' in browser && typeof browser.error === 'string' && Object.keys(browser).length === 1) {
    return `The browser half could not run: ${browser.error}`
  }
  // The browser's ratios (productToFloor…) are read to two places, as the api's are.
  const rows = Object.entries(browser).map(
    ([name, value]) => `| ${name} | ${formatValue(value, name.includes('ToFloor') ? '×' : '')} |`,
  )
  return ['| Figure | Value |', '| --- | --: |', ...rows].join('\n')
}

import type { StyleSpecification } from 'maplibre-gl'

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  copy: '©',
  nbsp: ' ',
}

/**
 * The credits a map's sources ask for ("© OpenStreetMap contributors", "Natural Earth"), as plain text, each once:
 * an exported image has no attribution control, so it carries them in its source line.
 */
export function mapAttribution(style: Pick<StyleSpecification, 'sources'>): string {
  const credits = Object.values(style.sources).flatMap((source) =>
    'attribution' in source && source.attribution ? [plainText(source.attribution)] : [],
  )
  return [...new Set(credits.filter(Boolean))].join(' · ')
}

/** Attribution is HTML (links, &copy;): its text, without tags, entities decoded, spaces collapsed. */
function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|copy|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim()
}

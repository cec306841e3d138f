/** Letters that Unicode does not decompose into a Latin letter and a mark, written as English writes them. */
const LATIN_EXTRAS: Readonly<Record<string, string>> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ı: 'i',
}

/** The longest id the shared schema accepts (idSchema). */
const MAX_ID_LENGTH = 120

/**
 * The id a new record is offered from its name ("Łódź University of Technology" → "lodz-university-of-technology"):
 * ids are lowercase slugs that appear in URLs, so accents are dropped and everything else becomes one hyphen. A
 * name in another script gives "", and the editor writes the id.
 */
export function slugFromName(name: string): string {
  const latin = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łđðøæœßþı]/g, (letter) => LATIN_EXTRAS[letter] ?? letter)
  const slug = latin
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug.slice(0, MAX_ID_LENGTH).replace(/-+$/, '')
}

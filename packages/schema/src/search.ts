/**
 * Folds a name for search so that "Lodz" finds "Łódź" and "Politecnica" finds "Politècnica": lower case,
 * accents stripped, and the letters that Unicode does not decompose (ł, ø, ß…) spelled out. Chinese is kept.
 */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' }

export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[łøđßæœı]/g, (letter) => UNDECOMPOSED[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim()
}

import { foldForSearch } from '@atlas/schema'

/** Room left under idSchema's 120 characters for the suffix that makes an id unique. */
const SLUG_LENGTH = 100

/**
 * A readable id made from a name, as the atlas's ids are ("Łódź University of Technology" →
 * "lodz-university-of-technology"); `fallback` where the name has no Latin letters or digits (北京航空航天大学).
 */
export function slugOf(text: string, fallback: string): string {
  const slug = foldForSearch(text)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_LENGTH)
    .replace(/^-+|-+$/g, '')
  return slug || fallback
}

/** The slug itself if free, else the slug with the first free number: "x", "x-2", "x-3"… */
export function uniqueSlug(slug: string, taken: (id: string) => boolean): string {
  if (!taken(slug)) return slug
  for (let n = 2; ; n++) {
    const id = `${slug}-${n}`
    if (!taken(id)) return id
  }
}

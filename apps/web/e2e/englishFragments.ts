import type { Messages } from '../src/i18n/en'
import { en } from '../src/i18n/en'
import { messageShape } from '../src/i18n/messageShape'

/**
 * The pieces of English the interface's messages write, as a page in another language must not show them: runs of
 * at least four letters (shorter ones, such as "of" or "to", occur in names), leaving out any that the language's
 * own messages write too (a format's name, such as GeoJSON) and any that a name of the data holds ("University" in
 * "Beihang University", which a translated caption keeps as the institution writes it).
 */
export function englishFragments(
  messages: Messages,
  locale: string,
  names: readonly string[],
): Map<string, string> {
  const own = [...Object.values(messages), ...names].join('\n')
  const fragments = new Map<string, string>()
  for (const [key, message] of Object.entries(en)) {
    for (const literal of messageShape(message, 'en-GB').literals) {
      const text = literal.replace(/\s+/g, ' ').trim()
      if ((text.match(/\p{L}/gu)?.length ?? 0) < 4 || own.includes(text)) continue
      if (!fragments.has(text)) fragments.set(text, `${key} (${locale})`)
    }
  }
  return fragments
}

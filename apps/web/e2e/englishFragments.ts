import type { Messages } from '../src/i18n/en'
import { en } from '../src/i18n/en'

type Element = { type: number; value?: unknown; options?: Record<string, { value: Element[] }> }

/** The literal words of an ICU message, every plural form's included: what it shows besides its values. */
function literals(elements: readonly Element[]): string[] {
  return elements.flatMap((element) => [
    ...(element.type === 0 && typeof element.value === 'string' ? [element.value] : []),
    ...Object.values(element.options ?? {}).flatMap((option) => literals(option.value)),
  ])
}

/**
 * The pieces of English the interface's messages write, as a page in another language must not show them: runs of
 * at least four letters (shorter ones, such as "of" or "to", occur in names), leaving out any that the language's
 * own messages write too (a format's name, such as GeoJSON) and any that a name of the data holds ("University" in
 * "Beihang University", which a translated caption keeps as the institution writes it).
 */
export async function englishFragments(
  messages: Messages,
  locale: string,
  names: readonly string[],
): Promise<Map<string, string>> {
  const { IntlMessageFormat } = await import('intl-messageformat')
  const own = [...Object.values(messages), ...names].join('\n')
  const fragments = new Map<string, string>()
  for (const [key, message] of Object.entries(en)) {
    const ast = new IntlMessageFormat(message, 'en-GB').getAst() as unknown as Element[]
    for (const literal of literals(ast)) {
      const text = literal.replace(/\s+/g, ' ').trim()
      if ((text.match(/\p{L}/gu)?.length ?? 0) < 4 || own.includes(text)) continue
      if (!fragments.has(text)) fragments.set(text, `${key} (${locale})`)
    }
  }
  return fragments
}

import { IntlMessageFormat } from 'intl-messageformat'

/**
 * What a message asks of its values (each placeholder's name, the forms of each plural it holds) and the text it
 * writes itself, every plural form's included.
 */
export interface MessageShape {
  placeholders: Set<string>
  plurals: { argument: string; forms: string[] }[]
  literals: string[]
}

type Element = ReturnType<IntlMessageFormat['getAst']>[number]

const LITERAL = 0
/** The parser's element types that name a value (argument, number, date, time, select, plural). */
const VALUE_TYPES = new Set([1, 2, 3, 4, 5, 6])
const PLURAL = 6

/** The shape of an ICU message as intl-messageformat parses it in a language; throws on one that does not parse. */
export function messageShape(message: string, locale: string): MessageShape {
  const shape: MessageShape = { placeholders: new Set(), plurals: [], literals: [] }
  const visit = (elements: readonly Element[]) => {
    for (const element of elements) {
      if (element.type === LITERAL) shape.literals.push(element.value)
      if (!VALUE_TYPES.has(element.type) || !('value' in element)) continue
      shape.placeholders.add(element.value)
      if (!('options' in element)) continue
      if (element.type === PLURAL)
        shape.plurals.push({ argument: element.value, forms: Object.keys(element.options) })
      for (const option of Object.values(element.options)) visit(option.value)
    }
  }
  visit(new IntlMessageFormat(message, locale).getAst())
  return shape
}

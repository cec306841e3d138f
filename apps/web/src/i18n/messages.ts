/** Plural forms as Intl.PluralRules names them; `other` is the one every language has. */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>

/** A message is a text with {placeholders}, or plural forms chosen by the `count` value. */
export type Message = string | PluralMessage

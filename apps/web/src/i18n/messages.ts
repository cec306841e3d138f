/**
 * A message in ICU MessageFormat: a text with {placeholders}, plural forms as
 * `{count, plural, one {# link} other {# links}}` (each language lists the forms its plural rules have), and `'`
 * only as ICU reads it (doubled to write one before a brace).
 */
export type Message = string

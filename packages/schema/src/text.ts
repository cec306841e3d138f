import { z } from 'zod'

/** Lone halves of a surrogate pair: with the `u` flag a whole pair is one code point and does not match. */
const UNPAIRED_SURROGATE = /[\uD800-\uDFFF]/u

/**
 * Free text a client sends, at most `max` characters. PostgreSQL stores text as UTF-8 without NUL, so a NUL
 * character or an unpaired UTF-16 surrogate (which has no UTF-8 form) would fail in the database as an internal
 * error; refused here, it answers 400 naming the field.
 */
export function freeTextSchema(max: number) {
  return z
    .string()
    .max(max, { error: `must be at most ${max} characters` })
    .refine((text) => !text.includes('\u0000'), { error: 'must not contain a NUL character' })
    .refine((text) => !UNPAIRED_SURROGATE.test(text), {
      error: 'must not contain an unpaired UTF-16 surrogate (it is not valid Unicode text)',
    })
}

/** An address on the web that a browser may open: http or https only (no javascript:, file: or data:). */
export const httpUrlSchema = z.url({ protocol: /^https?$/ })

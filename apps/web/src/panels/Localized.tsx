import type { Named } from '../i18n/institutionName'

/** A text of the data in its language, marked with it (a screen reader then reads it as that language). */
export function Localized({ named }: { named: Named }) {
  return <span lang={named.lang ?? undefined}>{named.text}</span>
}

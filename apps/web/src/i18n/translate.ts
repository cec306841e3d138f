import { en, type MessageKey } from './en'

/** Looks up a message and fills its {placeholders}. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match))
}

/**
 * The Encoding API's two classes, which browsers and Node both have; typed here because the schema is checked
 * against the ECMAScript library alone (it runs in both, and the packages that import it see neither's types).
 */
interface EncodingApi {
  TextEncoder: new () => { encode(text: string): Uint8Array }
  TextDecoder: new (label: 'utf-8', options: { fatal: true }) => { decode(bytes: Uint8Array): string }
}

const encoding = globalThis as unknown as EncodingApi
const encoder = new encoding.TextEncoder()
const decoder = new encoding.TextDecoder('utf-8', { fatal: true })

/** A text's UTF-8 bytes. */
export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text)
}

/** The text UTF-8 bytes hold; throws on bytes that are not UTF-8. */
export function utf8Text(bytes: Uint8Array): string {
  return decoder.decode(bytes)
}

/**
 * The WHATWG encoding API (TextEncoder, TextDecoder) is built into Node, browsers and Web Workers, but only the
 * DOM and Node type libraries declare it, and this package loads neither (it runs in both). These are the two
 * calls the graph format needs, typed here once.
 */
interface EncodingApi {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (label: 'utf-8', options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };
}

const api = globalThis as unknown as EncodingApi;

/** UTF-8 bytes of a string; a lone surrogate (which no schema text allows) becomes U+FFFD, one code unit too. */
export function utf8Encode(text: string): Uint8Array {
  return new api.TextEncoder().encode(text);
}

/** The string of UTF-8 bytes; throws on bytes that are not UTF-8, so a corrupt buffer is not read as text. */
export function utf8Decode(bytes: Uint8Array): string {
  return new api.TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/**
 * Text in OOXML cells escapes the characters XML 1.0 cannot carry (control characters,
 * and carriage returns, which XML parsers turn into line feeds) as `_xHHHH_`, and a
 * literal `_xHHHH_` in the text as `_x005F_xHHHH_`. Excel and LibreOffice read and write
 * it so; reading and writing it the same way keeps such text intact through a round trip.
 */

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g
// eslint-disable-next-line no-control-regex -- these are exactly the characters to escape
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)/g

export function decodeOoxmlText(text: string): string {
  return text.includes('_x') ? text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text
}

export function encodeOoxmlText(text: string): string {
  return text.replace(UNSAFE, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
}

/**
 * Ends a text with a full stop unless it already ends a sentence: a note typed
 * « … solde à régler. » closes the timeline's line once, not « … régler.. ».
 */
export function asSentence(text: string): string {
  const trimmed = text.trimEnd()
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`
}

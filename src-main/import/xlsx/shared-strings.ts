import { decodeOoxmlText } from './ooxml-text'
import { parseXmlPart } from './xml'

/**
 * The workbook's shared strings, by index. A string is its `<t>` text, or the runs of
 * rich text (`<r><t>`) put together; phonetic guides (`<rPh>`, for Japanese) are not
 * part of the text.
 */
export async function readSharedStrings(partName: string, bytes: Uint8Array, signal?: AbortSignal): Promise<string[]> {
  const strings: string[] = []
  let current = ''
  let inText = false
  let inPhonetic = false
  await parseXmlPart(
    partName,
    bytes,
    {
      open(name) {
        if (name === 'si') current = ''
        else if (name === 'rPh') inPhonetic = true
        else if (name === 't' && !inPhonetic) inText = true
      },
      close(name) {
        if (name === 'si') strings.push(decodeOoxmlText(current))
        else if (name === 'rPh') inPhonetic = false
        else if (name === 't') inText = false
      },
      text(text) {
        if (inText) current += text
      },
    },
    signal,
  )
  return strings
}

import { parseXmlPart } from './xml'

/**
 * Which cell styles show a date. A date cell is a number with a date format, so the
 * style is the only way to tell 45984 (an amount) from 23/11/2025. The format of cell
 * style `s` is cellXfs[s].numFmtId: a built-in id or a custom numFmt.
 *
 * Built-ins 14–17 are dates and 22 a date with time. 18–21 and 45–47 are times of day
 * and durations: they are not dates, and turning 0.5 into 1899-12-30 would only hide
 * the mistake, so those cells keep their number.
 */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 22])

/**
 * A custom format shows a date when it has a day or year token outside quoted text,
 * bracketed sections (`[Red]`, `[$-40C]`, `[h]`) and escaped characters (`\d`, `_d`,
 * `*d`). Months alone are left out: `m` is also minutes. LibreOffice writes tokens in
 * capitals (`DD/MM/YYYY`).
 */
export function isDateFormatCode(code: string): boolean {
  const literalFree = code.replace(/"[^"]*"|\[[^\]]*\]|[\\_*]./g, '')
  return /[dy]/i.test(literalFree)
}

/** For each cell style index, whether it shows a date. */
export async function readDateStyles(partName: string, bytes: Uint8Array): Promise<boolean[]> {
  const customDateFormats = new Set<number>()
  const styleFormats: number[] = []
  // Only these lists count: cellStyleXfs and the conditional formats (dxfs) hold xf and numFmt elements too.
  let inNumFmts = false
  let inCellXfs = false
  await parseXmlPart(partName, bytes, {
    open(name, attributes) {
      if (name === 'numFmts') inNumFmts = true
      else if (name === 'cellXfs') inCellXfs = true
      else if (name === 'numFmt' && inNumFmts && isDateFormatCode(attributes.formatCode ?? '')) customDateFormats.add(Number(attributes.numFmtId))
      else if (name === 'xf' && inCellXfs) styleFormats.push(Number(attributes.numFmtId ?? 0))
    },
    close(name) {
      if (name === 'numFmts') inNumFmts = false
      else if (name === 'cellXfs') inCellXfs = false
    },
  })
  return styleFormats.map((id) => BUILT_IN_DATE_FORMATS.has(id) || customDateFormats.has(id))
}

import type { IsoDate } from '../../../src-shared/dates'
import { foldFrench } from '../../data/french-text'
import { readDecimalHundredths } from '../../../src-shared/amounts'
import { parseImportDate } from '../text/import-dates'

/** The plain shape of nearly every FEC amount: optional sign, zero padding, comma or dot, two decimals at most. */
const PLAIN_AMOUNT = /^ *(-?)0*(\d{0,15})(?:[,.](\d{1,2}))? *$/

/**
 * FEC amounts: comma decimals by the rule, a dot from some exporters, zero padding from
 * others. A million lines means two million amounts: the plain shape is read directly,
 * anything else goes through the general reader.
 */
export function fecAmountOf(text: string): number | null {
  const plain = PLAIN_AMOUNT.exec(text)
  if (plain) {
    const cents = Number(plain[2] || '0') * 100 + Number((plain[3] ?? '').padEnd(2, '0'))
    return plain[1] === '-' && cents !== 0 ? -cents : cents
  }
  return readDecimalHundredths(text.trim())
}

/** A ledger holds a few hundred distinct dates over a million lines: each is checked once. */
const knownDates = new Map<string, IsoDate | null>()

/** AAAAMMJJ by the rule; JJ/MM/AAAA from some exporters. */
export function fecDateOf(text: string): IsoDate | null {
  let date = knownDates.get(text)
  if (date === undefined) {
    const trimmed = text.trim()
    date = parseImportDate(trimmed, /^\d{8}$/.test(trimmed) ? 'yyyymmdd' : 'dd/mm/yyyy')
    if (knownDates.size < 100_000) knownDates.set(text, date)
  }
  return date
}

/** « Sens » of the Montant + Sens presentation: 1 for a debit (D, +1), -1 for a credit (C, -1), null otherwise. */
export function fecSenseOf(text: string): 1 | -1 | null {
  const sense = foldFrench(text.trim())
  if (sense === 'd' || sense === 'debit' || sense === '1' || sense === '+1') return 1
  if (sense === 'c' || sense === 'credit' || sense === '-1') return -1
  return null
}

import type { Cents } from './money'

/**
 * The one reader of amounts written by people and files — forms, imports, the command
 * line and its JSON cases — so that an amount one accepts, the others accept too.
 *
 * Amounts as exports write them: `1 234,56` (French, with a space, a no-break space or
 * Intl's narrow no-break space between thousands), `1.234,56`, `1234.56`, `1,234.56`,
 * `-12,00`, `12,00-` (Sage), `(12,00)` (accountants' negatives), ` 000000000001437,12`
 * (padded FEC), with or without `€`/`EUR`. The digits are read as strings into integer
 * cents: no floating point, so `0,1 + 0,2` never becomes 0,30000000000000004.
 */

export interface AmountFormat {
  decimal: ',' | '.'
}

const CURRENCY = /^(?:€|eur)\s*|\s*(?:€|eur)$/i
const SPACES = '[ \\u00a0\\u202f\\u2009]'

/** Digits with thousands groups (one kind of separator, groups of 3) or none, then decimals. */
const BODY: Record<AmountFormat['decimal'], RegExp> = {
  ',': new RegExp(`^(\\d{1,3}(?:(${SPACES}|\\.)\\d{3})(?:\\2\\d{3})*|\\d+)(?:,(\\d+))?$`),
  '.': new RegExp(`^(\\d{1,3}(?:(${SPACES}|,)\\d{3})(?:\\2\\d{3})*|\\d+)(?:\\.(\\d+))?$`),
}

function withoutCurrency(text: string): { text: string; found: boolean } {
  const stripped = text.replace(CURRENCY, '')
  return { text: stripped.trim(), found: stripped !== text }
}

/** Sign and currency marks around the digits: `-`, `+`, a trailing `-`, `( )`, `€`, `EUR`. */
function splitSign(text: string): { negative: boolean; body: string } | null {
  let rest = text.trim()
  let currency = withoutCurrency(rest)
  rest = currency.text
  let signs = 0
  let negative = false
  if (rest.startsWith('(') && rest.endsWith(')')) {
    rest = rest.slice(1, -1).trim()
    negative = true
    signs++
  }
  if (!currency.found) {
    currency = withoutCurrency(rest)
    rest = currency.text
  }
  if (rest.endsWith('-')) {
    rest = rest.slice(0, -1).trim()
    negative = true
    signs++
  }
  if (rest.startsWith('-') || rest.startsWith('+')) {
    negative = rest.startsWith('-')
    rest = rest.slice(1).trim()
    signs++
  }
  if (!currency.found) rest = withoutCurrency(rest).text
  // Two sign marks (`-(12,00)`, `-12,00-`) say nothing sure: better refuse than guess.
  return signs > 1 ? null : { negative, body: rest }
}

/**
 * Integer cents, or null when the text is not an amount in this format (empty, a
 * letter, a misplaced separator, more than 15 digits of euros).
 *
 * More than two decimals are accepted only when the extra ones are zeros
 * (`12,500` → 1250 with a decimal comma; `12,505` → null): rounding an amount
 * silently would break the ledger's balance by a cent somewhere.
 */
export function parseAmountCents(text: string, format: AmountFormat): Cents | null {
  const parts = splitSign(text)
  if (!parts) return null
  const match = BODY[format.decimal].exec(parts.body)
  if (!match) return null
  const units = (match[1] ?? '').replace(/\D/g, '')
  const decimals = match[3] ?? ''
  if (/[^0]/.test(decimals.slice(2))) return null
  const cents = Number(units) * 100 + Number(decimals.slice(0, 2).padEnd(2, '0'))
  if (!Number.isSafeInteger(cents)) return null
  return parts.negative && cents !== 0 ? -cents : cents
}

/**
 * The decimal mark that reads the most samples as amounts. `1 234,56`, `1.234` or
 * `1234.56` read one way only; `1,500` reads both ways and leaves the choice to the
 * others. On a tie the comma wins: the files are French.
 */
export function detectAmountFormat(samples: string[]): AmountFormat {
  const readable = (decimal: AmountFormat['decimal']) =>
    samples.filter((sample) => parseAmountCents(sample, { decimal }) !== null).length
  return readable('.') > readable(',') ? { decimal: '.' } : { decimal: ',' }
}

/** Dots that group thousands and nothing else: « 1.500 », « 12.345.678 ». */
const DOT_GROUPED = /^[-+(]?\s*\d{1,3}(?:\.\d{3})+\s*\)?-?$/

/**
 * The decimal mark of one amount read alone (no column of samples to compare): the last
 * of « , » and « . » when both appear (« 1.234,56 », « 1,234.56 »); a comma alone; dots
 * that only group thousands are thousands (« 1.500 » is 1 500 € to a French reader,
 * never 1,50 €); otherwise the dot.
 */
export function decimalMarkOf(text: string): AmountFormat['decimal'] {
  const comma = text.lastIndexOf(',')
  const dot = text.lastIndexOf('.')
  if (comma >= 0 && dot >= 0) return comma > dot ? ',' : '.'
  if (comma >= 0) return ','
  return DOT_GROUPED.test(withoutCurrency(text.trim()).text) ? ',' : '.'
}

/** One amount typed in a form, given on the command line or in a JSON case: integer cents, or null. */
export function readAmountCents(text: string): Cents | null {
  return parseAmountCents(text, { decimal: decimalMarkOf(text) })
}

/**
 * A decimal written by a program (a JSON case, the rates file) or a percentage: the comma
 * or the point is the decimal mark, never a thousands separator (« 15.005 » % is refused,
 * not read as fifteen thousand). In hundredths: cents, or basis points for a percentage.
 */
export function readDecimalHundredths(text: string): number | null {
  return parseAmountCents(text, { decimal: text.includes(',') ? ',' : '.' })
}

import { isValidIban, isValidSiren, isValidSiret } from '../../src-shared/identifiers'
import type { Random } from './random'

/**
 * Made-up but well-formed identifiers for demonstration companies. The control keys are
 * found by asking the very checks the forms use, so a demo file always passes them.
 */

function firstKey(candidates: Iterable<string>, isValid: (text: string) => boolean): string {
  for (const candidate of candidates) if (isValid(candidate)) return candidate
  throw new RangeError('no control key satisfies the check')
}

function* withDigitKey(base: string): Generator<string> {
  for (let digit = 0; digit <= 9; digit++) yield `${base}${digit}`
}

/** A SIREN: eight random digits and the Luhn key. */
export function makeSiren(random: Random): string {
  const base = `${random.int(1, 9)}${String(random.int(0, 9_999_999)).padStart(7, '0')}`
  return firstKey(withDigitKey(base), isValidSiren)
}

/** The SIRET of the establishment numbered `sequence` (head office: 1). */
export function siretOf(siren: string, sequence = 1): string {
  return firstKey(withDigitKey(`${siren}${String(sequence).padStart(4, '0')}`), isValidSiret)
}

/** French intra-community VAT number: FR, key = (12 + 3 × (SIREN mod 97)) mod 97, SIREN. */
export function vatNumberOf(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97
  return `FR${String(key).padStart(2, '0')}${siren}`
}

/**
 * A French IBAN from a RIB (bank, branch, numeric account): the RIB key first, as French
 * banks print it, then the IBAN key.
 */
export function frenchIban(bank: string, branch: string, account: string): string {
  const ribKey = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(account)) % 97)
  const bban = `${bank}${branch}${account}${String(ribKey).padStart(2, '0')}`
  const candidates = Array.from({ length: 97 }, (_, i) => `FR${String(i + 2).padStart(2, '0')}${bban}`)
  return firstKey(candidates, isValidIban)
}

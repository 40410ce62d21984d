/**
 * French and European identifiers typed by people: checked by their control keys so a
 * typing error is caught at once rather than on a letter.
 */

function luhnValid(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

/** Removes the spaces people type in identifiers ("552 100 554"). */
export function compactIdentifier(text: string): string {
  return text.replace(/[\s.\-\u00a0\u202f]/g, '').toUpperCase()
}

export function isValidSiren(text: string): boolean {
  const siren = compactIdentifier(text)
  return /^\d{9}$/.test(siren) && luhnValid(siren)
}

/** La Poste's establishments share SIREN 356000000 and break the Luhn rule for SIRET (INSEE). */
const LA_POSTE_SIREN = '356000000'

export function isValidSiret(text: string): boolean {
  const siret = compactIdentifier(text)
  if (!/^\d{14}$/.test(siret)) return false
  if (siret.startsWith(LA_POSTE_SIREN)) {
    const digitSum = [...siret].reduce((sum, ch) => sum + Number(ch), 0)
    return digitSum % 5 === 0
  }
  return luhnValid(siret)
}

/** IBAN check (ISO 13616): move the country code and key to the end, letters to numbers, mod 97 = 1. */
export function isValidIban(text: string): boolean {
  const iban = compactIdentifier(text)
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false
  if (iban.startsWith('FR') && iban.length !== 27) return false
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  let remainder = 0
  for (const ch of rearranged) {
    const value = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97
  }
  return remainder === 1
}

/** BIC (ISO 9362): 8 or 11 characters. */
export function isValidBic(text: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(compactIdentifier(text))
}

/**
 * An intra-community VAT number: a French one is FR, a two-character key and the SIREN,
 * the key being (12 + 3 × (SIREN mod 97)) mod 97 when it is numeric (« FR00123 » is not
 * one); another member state's, its two letters and 2 to 13 letters or digits.
 */
export function isValidVatNumber(text: string): boolean {
  const vat = compactIdentifier(text)
  if (vat.startsWith('FR')) {
    const match = /^FR([0-9A-Z]{2})(\d{9})$/.exec(vat)
    if (!match) return false
    const [, key, siren] = match as unknown as [string, string, string]
    if (!isValidSiren(siren) && siren !== LA_POSTE_SIREN) return false
    return !/^\d{2}$/.test(key) || Number(key) === (12 + 3 * (Number(siren) % 97)) % 97
  }
  return /^[A-Z]{2}[0-9A-Z+*]{2,13}$/.test(vat)
}

/** A telephone number as people write it (« 04 67 12 34 56 », « +33 4 67 12 34 56 »): digits, at least six of them. */
export function isPhoneNumber(text: string): boolean {
  return /^\+?[\d\s.()\-\u00a0]+$/.test(text.trim()) && (text.match(/\d/g)?.length ?? 0) >= 6
}

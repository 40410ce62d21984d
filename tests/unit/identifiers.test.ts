import { describe, expect, it } from 'vitest'
import { isValidBic, isValidIban, isValidSiren, isValidSiret } from '../../src-shared/identifiers'

describe('French identifiers', () => {
  it('checks SIREN with the Luhn key, spaces allowed', () => {
    expect(isValidSiren('552 100 554')).toBe(true)
    expect(isValidSiren('732829320')).toBe(true)
    expect(isValidSiren('552100555')).toBe(false)
    expect(isValidSiren('55210055')).toBe(false)
  })

  it('checks SIRET, including La Poste establishments', () => {
    expect(isValidSiret('732 829 320 00074')).toBe(true)
    expect(isValidSiret('73282932000075')).toBe(false)
    expect(isValidSiret('356 000 000 49837')).toBe(true)
    expect(isValidSiret('35600000049838')).toBe(false)
  })

  it('checks IBAN (mod 97) and BIC', () => {
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 189')).toBe(true)
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 188')).toBe(false)
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true)
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 18')).toBe(false)
    expect(isValidBic('BNPAFRPPXXX')).toBe(true)
    expect(isValidBic('AGRIFRPP')).toBe(true)
    expect(isValidBic('AGRIFRP')).toBe(false)
  })
})

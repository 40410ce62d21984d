import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectAmountFormat, parseAmountCents, readAmountCents, readDecimalHundredths } from '../../src-shared/amounts'
import { centsToDecimalString, formatEuros } from '../../src-shared/money'

const comma = { decimal: ',' } as const
const dot = { decimal: '.' } as const

describe('amounts', () => {
  it('reads French amounts into cents', () => {
    expect(parseAmountCents('1 234,56', comma)).toBe(123456)
    expect(parseAmountCents('1\u00a0234,56', comma)).toBe(123456)
    expect(parseAmountCents('1\u202f234\u202f567,89', comma)).toBe(123456789)
    expect(parseAmountCents('1.234,56', comma)).toBe(123456)
    expect(parseAmountCents('1.234.567', comma)).toBe(123456700)
    expect(parseAmountCents('1234', comma)).toBe(123400)
    expect(parseAmountCents('12,5', comma)).toBe(1250)
    expect(parseAmountCents('0,07', comma)).toBe(7)
    expect(parseAmountCents('  -12,00  ', comma)).toBe(-1200)
    expect(parseAmountCents('+12,00', comma)).toBe(1200)
    expect(parseAmountCents('12,00-', comma)).toBe(-1200)
    expect(parseAmountCents('(12,00)', comma)).toBe(-1200)
    expect(parseAmountCents('( 1 234,56 € )', comma)).toBe(-123456)
    expect(parseAmountCents('-0,00', comma)).toBe(0)
  })

  it('reads padded FEC amounts and currency marks', () => {
    expect(parseAmountCents(' 000000000001437,12', comma)).toBe(143712)
    expect(parseAmountCents('000000000000000,00', comma)).toBe(0)
    expect(parseAmountCents('1 234,56 €', comma)).toBe(123456)
    expect(parseAmountCents('€1 234,56', comma)).toBe(123456)
    expect(parseAmountCents('1 234,56 EUR', comma)).toBe(123456)
    expect(parseAmountCents('eur 12', comma)).toBe(1200)
    expect(parseAmountCents('-12,00 €', comma)).toBe(-1200)
    expect(parseAmountCents('€ -12,00', comma)).toBe(-1200)
    expect(parseAmountCents('-€12,00', comma)).toBe(-1200)
    expect(parseAmountCents('12,00 €-', comma)).toBe(-1200)
  })

  it('reads English amounts with a decimal point', () => {
    expect(parseAmountCents('1234.56', dot)).toBe(123456)
    expect(parseAmountCents('1,234.56', dot)).toBe(123456)
    expect(parseAmountCents('1 234.56', dot)).toBe(123456)
    expect(parseAmountCents('-0.5', dot)).toBe(-50)
    expect(parseAmountCents('90071992547409.91', dot)).toBe(9007199254740991)
  })

  it('accepts more than two decimals only when the extra ones are zeros', () => {
    expect(parseAmountCents('12,500', comma)).toBe(1250)
    expect(parseAmountCents('12,5000000', comma)).toBe(1250)
    expect(parseAmountCents('12,505', comma)).toBeNull()
    expect(parseAmountCents('1437.1199999999999', dot)).toBeNull()
    expect(parseAmountCents('12.500', dot)).toBe(1250)
    // With a decimal point, a comma followed by three digits is a thousands separator.
    expect(parseAmountCents('12,500', dot)).toBe(1250000)
  })

  it('refuses what is not an amount', () => {
    const notAmounts = ['', '   ', '-', '€', '12a,00', '1O0', 'abc', '12,00,00', '1.23', '1 23,00', '12 345.678,00', ',50', '12,']
    for (const text of [...notAmounts, '1..2', '--12', '-(12,00)', '-12,00-', '1 234.567,00', '(12', '0x10', '1e5']) {
      expect(parseAmountCents(text, comma), text).toBeNull()
    }
    expect(parseAmountCents('1 234,56', dot)).toBeNull()
    expect(parseAmountCents('1.234,56', dot)).toBeNull()
    expect(parseAmountCents('90071992547409.92', dot)).toBeNull()
  })

  it('detects the decimal mark from samples, comma by default', () => {
    expect(detectAmountFormat(['1 234,56', '-12,00', '(5,00)'])).toEqual(comma)
    expect(detectAmountFormat(['1234.56', '-12.00', '0.5'])).toEqual(dot)
    expect(detectAmountFormat(['1,234.56', '12'])).toEqual(dot)
    expect(detectAmountFormat(['1.234,56', '12'])).toEqual(comma)
    expect(detectAmountFormat(['1.234'])).toEqual(comma)
    expect(detectAmountFormat(['1,234', '7,5'])).toEqual(comma)
    expect(detectAmountFormat(['1,500'])).toEqual(comma)
    expect(detectAmountFormat(['12', '1500'])).toEqual(comma)
    expect(detectAmountFormat([])).toEqual(comma)
  })

  it('reads back any amount written the French way, with Intl or by hand', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }), (cents) => {
        expect(parseAmountCents(formatEuros(cents), comma)).toBe(cents)
        const [units = '', decimals = ''] = centsToDecimalString(Math.abs(cents)).split('.')
        const grouped = units.replace(/\B(?=(\d{3})+$)/g, '\u00a0')
        expect(parseAmountCents(`${cents < 0 ? '-' : ''}${grouped},${decimals}`, comma)).toBe(cents)
        expect(parseAmountCents(`${grouped.replace(/\u00a0/g, '.')},${decimals}${cents < 0 ? '-' : ''}`, comma)).toBe(cents)
        expect(parseAmountCents(centsToDecimalString(cents), dot)).toBe(cents)
      }),
    )
  })

  it('reads a machine decimal or a percentage without taking a point for thousands', () => {
    expect(readDecimalHundredths('15.5')).toBe(1550)
    expect(readDecimalHundredths('15,5')).toBe(1550)
    expect(readDecimalHundredths('3.15')).toBe(315)
    expect(readDecimalHundredths('15.005')).toBeNull()
    expect(readDecimalHundredths('1.500')).toBe(150)
    // What a person types alone: dots grouping thousands are thousands.
    expect(readAmountCents('1.500')).toBe(150_000)
  })
})

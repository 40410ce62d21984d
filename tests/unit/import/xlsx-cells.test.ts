import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { excelSerialToIsoDate, isoDateToExcelSerial } from '../../../src-main/import/xlsx/excel-dates'
import { canonicalNumberText } from '../../../src-main/import/xlsx/number-text'
import { decodeOoxmlText, encodeOoxmlText } from '../../../src-main/import/xlsx/ooxml-text'
import { isDateFormatCode } from '../../../src-main/import/xlsx/styles'
import { fromDayNumber, toDayNumber } from '../../../src-shared/dates'

describe('XLSX cell values', () => {
  it('writes numbers as Excel shows them: 15 significant digits, plain decimals', () => {
    expect(canonicalNumberText('1234.56')).toBe('1234.56')
    expect(canonicalNumberText('1437.1199999999999')).toBe('1437.12')
    expect(canonicalNumberText('0.30000000000000004')).toBe('0.3')
    expect(canonicalNumberText('-12.5')).toBe('-12.5')
    expect(canonicalNumberText('20261123')).toBe('20261123')
    expect(canonicalNumberText('411000')).toBe('411000')
    expect(canonicalNumberText('1.5E-7')).toBe('0.00000015')
    expect(canonicalNumberText('4.2E+20')).toBe('420000000000000000000')
    expect(canonicalNumberText('-0')).toBe('0')
    expect(canonicalNumberText('0.5')).toBe('0.5')
    expect(canonicalNumberText('')).toBe('')
    expect(canonicalNumberText('n/a')).toBe('n/a')
  })

  it('gives back any amount in cents that went through a double', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }), (cents) => {
        const text = canonicalNumberText(String(cents / 100))
        expect(Math.round(Number(text) * 100)).toBe(cents)
        expect(text).toMatch(/^-?\d+(\.\d{1,2})?$/)
      }),
    )
  })

  it('converts serial dates in both systems, with the Lotus leap day', () => {
    expect(excelSerialToIsoDate(1, false)).toBe('1900-01-01')
    expect(excelSerialToIsoDate(59, false)).toBe('1900-02-28')
    expect(excelSerialToIsoDate(60, false)).toBeNull()
    expect(excelSerialToIsoDate(61, false)).toBe('1900-03-01')
    expect(excelSerialToIsoDate(46349, false)).toBe('2026-11-23')
    expect(excelSerialToIsoDate(46349.75, false)).toBe('2026-11-23')
    expect(excelSerialToIsoDate(0, false)).toBeNull()
    expect(excelSerialToIsoDate(-1, false)).toBeNull()
    expect(excelSerialToIsoDate(2958465, false)).toBe('9999-12-31')
    expect(excelSerialToIsoDate(2958466, false)).toBeNull()
    expect(excelSerialToIsoDate(0, true)).toBe('1904-01-01')
    expect(excelSerialToIsoDate(44887, true)).toBe('2026-11-23')
    expect(isoDateToExcelSerial('2026-11-23')).toBe(46349)
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1900-03-01'), max: toDayNumber('9999-12-31') }), (day) => {
        const date = fromDayNumber(day)
        expect(excelSerialToIsoDate(isoDateToExcelSerial(date), false)).toBe(date)
      }),
    )
  })

  it('tells date formats from others', () => {
    for (const code of ['dd/mm/yyyy', 'DD/MM/YYYY', 'd-mmm-yy', '[$-40C]d mmmm yyyy;@', 'yyyy-mm-dd hh:mm', 'mmm yy']) {
      expect(isDateFormatCode(code), code).toBe(true)
    }
    for (const code of ['General', '0.00', '#,##0.00 "€"', '#,##0 "days"', '[Red]0.00', 'h:mm:ss', '[h]:mm', 'mm:ss', '0\\d', '#,##0_d', 'mmmm']) {
      expect(isDateFormatCode(code), code).toBe(false)
    }
  })

  it('escapes what XML cannot carry the way Excel does, and reads it back', () => {
    expect(encodeOoxmlText('a\rb\u0001c\td\ne')).toBe('a_x000D_b_x0001_c\td\ne')
    expect(encodeOoxmlText('_x0041_')).toBe('_x005F_x0041_')
    expect(decodeOoxmlText('a_x000D_b_x005F_x0041_')).toBe('a\rb_x0041_')
    expect(decodeOoxmlText('sans échappement')).toBe('sans échappement')
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(decodeOoxmlText(encodeOoxmlText(text))).toBe(text)
      }),
    )
  })
})

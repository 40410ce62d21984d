import { describe, expect, it } from 'vitest'
import { centsToEuroInput, readEuros } from '../../src-renderer/euro-input'
import { formatEuros } from '../../src-shared/money'

const cents = (text: string) => {
  const reading = readEuros(text)
  return reading.status === 'ok' ? reading.cents : reading.status
}

describe('amounts typed in euros', () => {
  it('reads the French and the machine way of writing an amount', () => {
    expect(cents('1 234,56')).toBe(123_456)
    expect(cents('1234.56')).toBe(123_456)
    expect(cents('1234,5')).toBe(123_450)
    expect(cents('1234')).toBe(123_400)
    expect(cents('0,01')).toBe(1)
    expect(cents('  42,00  ')).toBe(4_200)
    expect(cents('12 345 678,90')).toBe(1_234_567_890)
  })

  it('accepts the spaces and euro sign a screen or a spreadsheet writes', () => {
    expect(cents('1\u00a0234,56')).toBe(123_456)
    expect(cents('1\u202f234,56\u00a0€')).toBe(123_456)
    expect(cents('1 234,56€')).toBe(123_456)
    expect(cents('1 234,56 EUR')).toBe(123_456)
    // What formatEuros prints can be pasted back.
    expect(cents(formatEuros(987_654_321))).toBe(987_654_321)
  })

  it('reads what an import reads: the same reader for forms, files and the command line', () => {
    // « 1.234,56 » imported but was refused in a form (issue #10, item 5).
    expect(cents('1.234,56')).toBe(123_456)
    expect(cents('1,234.56')).toBe(123_456)
    // Dots grouping thousands are thousands to a French reader, never decimals.
    expect(cents('1.500')).toBe(150_000)
    expect(cents('12.345.678')).toBe(1_234_567_800)
    expect(cents('(12,00)')).toBe(-1_200)
  })

  it('keeps a minus sign for the core to refuse with its own words', () => {
    expect(cents('-12,50')).toBe(-1_250)
  })

  it('tells an empty input from an unreadable one', () => {
    expect(cents('')).toBe('empty')
    expect(cents('   ')).toBe('empty')
    expect(cents(' € ')).toBe('empty')
    for (const bad of ['abc', '12,345', '12 34', '1 2345', '12,', ',5', '1e3', '12..5', '€ 12 €', '0x10', '1.2345', '1.234.5']) {
      expect(cents(bad), bad).toBe('unreadable')
    }
  })

  it('writes cents back as a person types them', () => {
    expect(centsToEuroInput(123_456)).toBe('1 234,56')
    expect(centsToEuroInput(5)).toBe('0,05')
    expect(centsToEuroInput(100_000_000)).toBe('1 000 000,00')
    expect(centsToEuroInput(-1_250)).toBe('-12,50')
    for (const value of [0, 1, 99, 100, 123_456, 987_654_321]) expect(cents(centsToEuroInput(value))).toBe(value)
  })
})

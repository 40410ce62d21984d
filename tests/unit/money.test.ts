import { describe, expect, it } from 'vitest'
import { readAmountCents } from '../../src-shared/amounts'
import { centsToDecimalString, divideRoundHalfAwayFromZero, formatEuros } from '../../src-shared/money'

describe('money at the edges', () => {
  it('reads one amount into cents without floating point, its decimal mark read from itself', () => {
    expect(readAmountCents('1234.56')).toBe(123456)
    expect(readAmountCents('1234,5')).toBe(123450)
    expect(readAmountCents('-12')).toBe(-1200)
    expect(readAmountCents(' 0.07 ')).toBe(7)
    expect(readAmountCents('0.1')).toBe(10)
    expect(readAmountCents('1 234,56')).toBe(123456)
    expect(readAmountCents('1.234')).toBe(123400)
    expect(readAmountCents('90071992547409.91')).toBe(9007199254740991)
    for (const bad of ['', '12a', '.5', '1.2345', '90071992547409.92']) expect(readAmountCents(bad)).toBeNull()
  })

  it('writes cents as machine decimals and for French readers', () => {
    expect(centsToDecimalString(43869)).toBe('438.69')
    expect(centsToDecimalString(-5)).toBe('-0.05')
    expect(centsToDecimalString(0)).toBe('0.00')
    expect(formatEuros(123456)).toBe('1\u202f234,56\u00a0€')
    expect(formatEuros(-4000)).toBe('-40,00\u00a0€')
  })

  it('rounds half away from zero', () => {
    expect(divideRoundHalfAwayFromZero(5n, 2n)).toBe(3n)
    expect(divideRoundHalfAwayFromZero(-5n, 2n)).toBe(-3n)
    expect(divideRoundHalfAwayFromZero(7n, 3n)).toBe(2n)
    expect(divideRoundHalfAwayFromZero(8n, 3n)).toBe(3n)
    expect(divideRoundHalfAwayFromZero(-8n, 3n)).toBe(-3n)
    expect(() => divideRoundHalfAwayFromZero(1n, 0n)).toThrow(RangeError)
  })
})

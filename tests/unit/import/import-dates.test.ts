import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DATE_FORMATS, detectDateFormat, parseImportDate, type DateFormat } from '../../../src-main/import/text/import-dates'
import { fromDayNumber, toDayNumber } from '../../../src-shared/dates'

describe('import dates', () => {
  it('reads each format into an ISO date', () => {
    expect(parseImportDate('23/11/2026', 'dd/mm/yyyy')).toBe('2026-11-23')
    expect(parseImportDate('3/1/2026', 'dd/mm/yyyy')).toBe('2026-01-03')
    expect(parseImportDate(' 23/11/2026 ', 'dd/mm/yyyy')).toBe('2026-11-23')
    expect(parseImportDate('23/11/2026 00:00', 'dd/mm/yyyy')).toBe('2026-11-23')
    expect(parseImportDate('23/11/26', 'dd/mm/yy')).toBe('2026-11-23')
    expect(parseImportDate('2026-11-23', 'yyyy-mm-dd')).toBe('2026-11-23')
    expect(parseImportDate('2026-11-23T14:05:00', 'yyyy-mm-dd')).toBe('2026-11-23')
    expect(parseImportDate('2026-11-23 14:05:00.000', 'yyyy-mm-dd')).toBe('2026-11-23')
    expect(parseImportDate('2026-11-23T23:30:00Z', 'yyyy-mm-dd')).toBe('2026-11-23')
    expect(parseImportDate('20261123', 'yyyymmdd')).toBe('2026-11-23')
    expect(parseImportDate('23-11-2026', 'dd-mm-yyyy')).toBe('2026-11-23')
    expect(parseImportDate('23.11.2026', 'dd.mm.yyyy')).toBe('2026-11-23')
    expect(parseImportDate('29/02/2028', 'dd/mm/yyyy')).toBe('2028-02-29')
  })

  it('refuses impossible dates and other formats', () => {
    expect(parseImportDate('31/02/2026', 'dd/mm/yyyy')).toBeNull()
    expect(parseImportDate('29/02/2026', 'dd/mm/yyyy')).toBeNull()
    expect(parseImportDate('20261340', 'yyyymmdd')).toBeNull()
    expect(parseImportDate('00/11/2026', 'dd/mm/yyyy')).toBeNull()
    expect(parseImportDate('2026-11-23', 'dd/mm/yyyy')).toBeNull()
    expect(parseImportDate('23/11/2026', 'yyyy-mm-dd')).toBeNull()
    expect(parseImportDate('23/11/2026', 'dd/mm/yy')).toBeNull()
    expect(parseImportDate('2026-1-3', 'yyyy-mm-dd')).toBeNull()
    expect(parseImportDate('23/11/0226', 'dd/mm/yyyy')).toBeNull()
    expect(parseImportDate('', 'dd/mm/yyyy')).toBeNull()
    expect(parseImportDate('23/11/2026 midi', 'dd/mm/yyyy')).toBeNull()
  })

  it('detects the first format that reads every sample', () => {
    expect(detectDateFormat(['23/11/2026', '3/1/2026', ''])).toBe('dd/mm/yyyy')
    expect(detectDateFormat(['23/11/26', '01/12/26'])).toBe('dd/mm/yy')
    expect(detectDateFormat(['2026-11-23', '2026-12-01T00:00:00'])).toBe('yyyy-mm-dd')
    expect(detectDateFormat(['20261123', '20261201'])).toBe('yyyymmdd')
    expect(detectDateFormat(['23-11-2026'])).toBe('dd-mm-yyyy')
    expect(detectDateFormat(['23.11.2026'])).toBe('dd.mm.yyyy')
    expect(detectDateFormat(['23/11/2026', '2026-11-23'])).toBeNull()
    expect(detectDateFormat(['31/02/2026'])).toBeNull()
    expect(detectDateFormat(['', '  '])).toBeNull()
  })

  it('reads back every date written in every format', () => {
    const write: Record<DateFormat, (y: string, m: string, d: string) => string> = {
      'dd/mm/yyyy': (y, m, d) => `${d}/${m}/${y}`,
      'dd/mm/yy': (y, m, d) => `${d}/${m}/${y.slice(2)}`,
      'yyyy-mm-dd': (y, m, d) => `${y}-${m}-${d}`,
      yyyymmdd: (y, m, d) => `${y}${m}${d}`,
      'dd-mm-yyyy': (y, m, d) => `${d}-${m}-${y}`,
      'dd.mm.yyyy': (y, m, d) => `${d}.${m}.${y}`,
    }
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2099-12-31') }),
        fc.constantFrom(...DATE_FORMATS),
        (day, format) => {
          const iso = fromDayNumber(day)
          const [y = '', m = '', d = ''] = iso.split('-')
          expect(parseImportDate(write[format](y, m, d), format)).toBe(iso)
        },
      ),
    )
  })
})

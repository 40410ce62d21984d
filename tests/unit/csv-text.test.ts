import { describe, expect, it } from 'vitest'
import { csvText, quoteCsvCell } from '../../src-main/export/csv-text'

describe('CSV text cells', () => {
  it.each([
    ['=HYPERLINK("http://x";"Cliquez")', `"'=HYPERLINK(""http://x"";""Cliquez"")"`],
    ['+33 1 23 45 67 89', "'+33 1 23 45 67 89"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcaché', "'\tcaché"],
  ])('neutralises a cell a spreadsheet would run as a formula: %s', (value, written) => {
    expect(csvText(value)).toBe(written)
  })

  it('leaves ordinary names as they are, quoting only what needs it', () => {
    expect(csvText('Établissements Dupré')).toBe('Établissements Dupré')
    expect(csvText('Dupré; fils')).toBe('"Dupré; fils"')
    expect(csvText('Martin - Fleurs')).toBe('Martin - Fleurs')
  })
})

describe('CSV cells written back as read', () => {
  it('quotes a separator, a quote or a line break, and keeps a leading minus for a re-import', () => {
    expect(quoteCsvCell('-12,50')).toBe('-12,50')
    expect(quoteCsvCell('Dupré; fils')).toBe('"Dupré; fils"')
    expect(quoteCsvCell('dit "le grand"')).toBe('"dit ""le grand"""')
    expect(quoteCsvCell('ligne 1\r\nligne 2')).toBe('"ligne 1\r\nligne 2"')
  })
})

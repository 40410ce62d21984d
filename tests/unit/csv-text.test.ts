import { describe, expect, it } from 'vitest'
import { csvText } from '../../src-main/export/aging-csv'

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

import { statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fecText, generateLedger } from '../tests/fixtures/ledger-generator'

/**
 * A FEC of over a million lines (20,000 clients, 240,000 invoices with their revenue and VAT
 * lines, bank receipts, credit notes, lettering), in the pipe / CRLF / padded-amounts
 * dialect, written into `folder`. Returns its path.
 */
export function writeMillionLineFec(folder: string): string {
  const ledger = generateLedger({ seed: 2026, clients: 20_000, invoicesPerClient: 12, subLedger: true })
  const file = join(folder, 'FEC-million.txt')
  writeFileSync(file, fecText(ledger, { separator: '|', newline: '\r\n', paddedAmounts: true }))
  const lines = ledger.lines.length + 1
  if (lines < 1_000_000) throw new Error(`the bench FEC has only ${lines} lines`)
  console.log(`  ${lines.toLocaleString('en-US')} lines, ${(statSync(file).size / 1e6).toFixed(0)} MB`)
  return file
}

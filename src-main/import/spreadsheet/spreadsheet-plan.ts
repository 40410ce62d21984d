import type { ColumnMapping } from '../../../src-shared/contract/imports'
import { PAYMENT_METHODS, type PaymentMethod } from '../../../src-shared/contract/payments'
import type { IsoDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import { foldFrench } from '../../data/french-text'
import { CLIENT_FIELDS, type ClientDetailKey } from '../fields/client-fields'
import { parseAmountCents } from '../../../src-shared/amounts'
import { quoteCsvCell } from '../../export/csv-text'
import { parseImportDate } from '../text/import-dates'
import { IMPORT_FIELDS } from '../columns'
import type { ImportField } from '../fields/import-field'
import { emptyPlan, type ImportPlan, type PlannedClient } from '../plan'

export interface SpreadsheetRow {
  lineNumber: number
  cells: string[]
}

/** Words accounting exports use for the payment methods Encaisse knows. */
const METHOD_WORDS: [RegExp, PaymentMethod][] = [
  [/^(vir|virement|transfer|sepa)/, 'virement'],
  [/^(ch|cheque|chq|check)/, 'cheque'],
  [/^(cb|carte|card)/, 'carte'],
  [/^(esp|especes|cash|numeraire)/, 'especes'],
  [/^(prlv|prel|prelevement|direct debit|sdd)/, 'prelevement'],
  [/^(lcr|traite|effet|bor)/, 'lcr'],
]

const REASON_HEADER = 'Motif du rejet'

/** One line of a French CSV (';'), quoted where a cell needs it: the rejects file opens in Excel. */
function csvLine(cells: string[]): string {
  return cells.map(quoteCsvCell).join(';')
}

/**
 * Reads the cells of one row by field, and records why a cell is refused. Whether a field
 * must be filled comes from its description (fields/…-fields.ts), as on the mapping screen.
 */
class RowReader {
  readonly problems: { column: string; message: string }[] = []
  private readonly fields: readonly ImportField[]

  constructor(
    private readonly row: SpreadsheetRow,
    private readonly mapping: ColumnMapping,
    private readonly headers: string[],
  ) {
    this.fields = IMPORT_FIELDS[mapping.target]
  }

  private indexOf(field: string): number {
    return this.mapping.columns.indexOf(field)
  }

  private header(field: string): string {
    return this.headers[this.indexOf(field)] ?? field
  }

  /** The cell's text, null when empty: a problem when the field is required. */
  text(field: string): string | null {
    const index = this.indexOf(field)
    const value = index < 0 ? '' : (this.row.cells[index] ?? '').trim()
    if (value !== '') return value
    const spec = this.fields.find((candidate) => candidate.key === field)
    if (spec?.required) this.problems.push({ column: this.header(field), message: `« ${spec.label} » manquant.` })
    return null
  }

  amount(field: string): number | null {
    const value = this.text(field)
    if (value === null) return null
    const cents = parseAmountCents(value, { decimal: this.mapping.decimal })
    if (cents === null) this.problems.push({ column: this.header(field), message: `montant illisible « ${value} ».` })
    return cents
  }

  date(field: string): IsoDate | null {
    const value = this.text(field)
    if (value === null) return null
    const date = parseImportDate(value, this.mapping.dateFormat)
    if (date === null) {
      this.problems.push({ column: this.header(field), message: `date impossible ou illisible « ${value} » (format attendu ${this.mapping.dateFormat}).` })
    }
    return date
  }

  integer(field: string): number | null {
    const value = this.text(field)
    if (value === null) return null
    if (!/^\d{1,3}$/.test(value)) {
      this.problems.push({ column: this.header(field), message: `nombre de jours attendu (reçu « ${value} »).` })
      return null
    }
    return Number(value)
  }
}

/**
 * Turns the rows of a spreadsheet, read through its column mapping, into a plan. Every
 * row is checked before anything is written; a refused row names its line, its column
 * and the reason, in French.
 */
export async function planFromSpreadsheet(
  rows: AsyncIterable<SpreadsheetRow> | Iterable<SpreadsheetRow>,
  mapping: ColumnMapping,
): Promise<ImportPlan> {
  const plan = emptyPlan()
  const clients = new Map<string, PlannedClient>()
  const paymentKeys = new Map<string, number>()
  let headers: string[] | null = null

  for await (const row of rows) {
    plan.lineCount = row.lineNumber
    if (row.lineNumber < mapping.headerLine) continue
    if (headers === null) {
      headers = row.cells.map((cell) => cell.trim())
      plan.columnHeaders = headers
      plan.rejectedSource.header = csvLine([...headers, REASON_HEADER])
      continue
    }
    if (row.cells.every((cell) => cell.trim() === '')) continue
    const read = new RowReader(row, mapping, headers)
    const accept = () => {
      for (const problem of read.problems) plan.rejected.push({ line: row.lineNumber, ...problem })
      if (read.problems.length === 0) return true
      const reasons = read.problems.map((problem) => `${problem.column} : ${problem.message}`).join(' ; ')
      plan.rejectedSource.lines.set(row.lineNumber, csvLine([...row.cells, reasons]))
      return false
    }
    const clientOf = (code: string, name: string | null, authoritative: boolean, details: PlannedClient['details'] = {}) => {
      const known = clients.get(code)
      if (!known || (authoritative && !known.authoritative)) {
        clients.set(code, { code, name: name ?? known?.name ?? null, details, authoritative })
      }
    }

    if (mapping.target === 'clients') {
      const code = read.text('code')
      const name = read.text('name')
      const details: PlannedClient['details'] = {}
      for (const field of CLIENT_FIELDS) {
        if (field.target.to === 'identity') continue
        const value = field.kind === 'integer' ? read.integer(field.key) : read.text(field.key)
        if (value === null) continue
        details[field.key as ClientDetailKey] = typeof value === 'string' && 'clean' in field ? field.clean(value) : value
      }
      if (!accept() || code === null || name === null) continue
      clientOf(code, name, true, details)
    } else if (mapping.target === 'invoices') {
      const clientCode = read.text('clientCode')
      const number = read.text('number')
      const issueDate = read.date('issueDate')
      const dueDate = read.date('dueDate')
      const amount = read.amount('amount')
      const exclTax = read.amount('amountExclTax')
      const balance = read.amount('balance')
      if (amount === 0) read.problems.push({ column: headers[mapping.columns.indexOf('amount')] ?? 'amount', message: 'montant nul.' })
      if (issueDate !== null && dueDate !== null && dueDate < issueDate) {
        read.problems.push({ column: headers[mapping.columns.indexOf('dueDate')] ?? 'dueDate', message: `échéance ${dueDate} antérieure à la date de pièce ${issueDate}.` })
      }
      if (amount !== null && balance !== null && (Math.sign(balance) * Math.sign(amount) < 0 || Math.abs(balance) > Math.abs(amount))) {
        read.problems.push({ column: headers[mapping.columns.indexOf('balance')] ?? 'balance', message: `reste dû de ${formatEuros(balance)} hors de 0…montant de la pièce.` })
      }
      if (!accept() || clientCode === null || number === null || issueDate === null || amount === null) continue
      clientOf(clientCode, read.text('clientName'), false)
      plan.documents.push({
        clientCode,
        number,
        kind: amount > 0 ? 'invoice' : 'credit_note',
        issueDate,
        dueDate: amount > 0 ? dueDate : issueDate,
        amountCents: Math.abs(amount),
        amountExclTaxCents: exclTax === null ? null : Math.abs(exclTax),
        label: read.text('label'),
        settledOutsideCents: balance === null || amount < 0 ? 0 : amount - balance,
        allocations: [],
      })
    } else {
      const clientCode = read.text('clientCode')
      const date = read.date('date')
      const amount = read.amount('amount')
      if (amount !== null && amount <= 0) {
        read.problems.push({ column: headers[mapping.columns.indexOf('amount')] ?? 'amount', message: 'un règlement doit être positif.' })
      }
      const methodText = read.text('method')
      const method = methodText === null ? 'virement' : METHOD_WORDS.find(([pattern]) => pattern.test(foldFrench(methodText)))?.[1]
      if (method === undefined) {
        read.problems.push({
          column: headers[mapping.columns.indexOf('method')] ?? 'method',
          message: `mode de règlement inconnu « ${methodText} » (attendu : ${PAYMENT_METHODS.join(', ')}).`,
        })
      }
      if (!accept() || clientCode === null || date === null || amount === null || method === undefined) continue
      clientOf(clientCode, null, false)
      const reference = read.text('reference')
      const invoiceNumber = read.text('invoiceNumber')
      const keyBase = `csv:${clientCode}:${date}:${amount}:${reference ?? ''}:${invoiceNumber ?? ''}`
      const occurrence = (paymentKeys.get(keyBase) ?? 0) + 1
      paymentKeys.set(keyBase, occurrence)
      plan.payments.push({
        sourceKey: `${keyBase}:${occurrence}`,
        clientCode,
        date,
        amountCents: amount,
        method,
        reference,
        allocations: invoiceNumber === null ? [] : [{ documentNumber: invoiceNumber, amountCents: amount }],
      })
    }
  }
  plan.clients = [...clients.values()]
  return plan
}

import type { IsoDate } from '../../../src-shared/dates'
import type { ImportPlan, PlannedAllocation, PlannedDocument, PlannedPayment } from '../plan'
import type { FecClientLine } from './fec-line'

/** Piece references that name no document: the entry number identifies it instead. */
const PLACEHOLDER_REFS = new Set(['', '-', '.', '0', 'na', 'n/a', 'sans', 'ras', 'x'])

/**
 * Turns the client lines of a FEC into documents and payments:
 * - what a client owes (net debit) becomes an invoice numbered by its piece reference,
 *   lines of one piece merged; what it is owed (net credit) becomes a credit note when
 *   written in a sales journal, a payment otherwise;
 * - lines lettered together settle each other: their credits are applied to their
 *   debits, oldest first; unlettered debits stay open, unlettered credits stay credits.
 * Every line's amount lands in exactly one document or payment, so each client's
 * balance equals its debits minus its credits in the file, to the cent — save debits
 * lettered with a payment that lies outside the file, settled on a date it does not give.
 */
export function planFromFec(
  lines: FecClientLine[],
  asOf: IsoDate | null,
): Omit<ImportPlan, 'rejected' | 'repaired' | 'repairedCount' | 'rejectedSource' | 'lineCount' | 'columnHeaders'> {
  const kept = asOf === null ? lines : lines.filter((line) => line.entryDate <= asOf)
  const salesJournals = salesJournalsOf(kept)
  const names = new Map<string, string>()
  const documents = new Map<string, PlannedDocument>()
  const payments: PlannedPayment[] = []
  const credits = new Map<FecClientLine, { allocations: PlannedAllocation[] }>()
  const debitDocument = new Map<FecClientLine, PlannedDocument>()
  const numberOwner = new Map<string, string>()
  const paymentKeys = new Map<string, number>()

  for (const line of kept) {
    if (!names.has(line.clientCode)) names.set(line.clientCode, line.clientName)
    if (line.netCents === 0) continue
    if (line.netCents > 0 || salesJournals.has(line.journal)) {
      const kind = line.netCents > 0 ? 'invoice' : 'credit_note'
      const number = documentNumber(line, kind, numberOwner)
      let document = documents.get(number)
      if (!document) {
        document = {
          clientCode: line.clientCode,
          number,
          kind,
          issueDate: line.pieceDate,
          dueDate: null,
          amountCents: 0,
          amountExclTaxCents: null,
          label: line.label || null,
          settledOutsideCents: 0,
          allocations: [],
        }
        documents.set(number, document)
      }
      document.amountCents += Math.abs(line.netCents)
      if (line.pieceDate < document.issueDate) document.issueDate = line.pieceDate
      if (kind === 'invoice') debitDocument.set(line, document)
      else credits.set(line, document)
    } else {
      const keyBase = `fec:${line.journal}:${line.entryNumber}:${line.entryDate}:${line.clientCode}:${-line.netCents}`
      const occurrence = (paymentKeys.get(keyBase) ?? 0) + 1
      paymentKeys.set(keyBase, occurrence)
      const payment: PlannedPayment = {
        sourceKey: `${keyBase}:${occurrence}`,
        clientCode: line.clientCode,
        date: line.entryDate,
        amountCents: -line.netCents,
        method: 'virement',
        reference: (line.pieceRef || line.label || '').slice(0, 200) || null,
        allocations: [],
      }
      payments.push(payment)
      credits.set(line, payment)
    }
  }

  applyLettering(kept, asOf, debitDocument, credits)
  return {
    clients: [...names].map(([code, name]) => ({ code, name, details: {}, authoritative: false })),
    documents: [...documents.values()],
    payments,
  }
}

/** Journals where client accounts are mostly debited: their client credits are credit notes. */
function salesJournalsOf(lines: FecClientLine[]): Set<string> {
  const balance = new Map<string, number>()
  for (const line of lines) balance.set(line.journal, (balance.get(line.journal) ?? 0) + Math.sign(line.netCents))
  return new Set([...balance].filter(([, debitsOverCredits]) => debitsOverCredits > 0).map(([journal]) => journal))
}

/**
 * The document number of a line: its piece reference, else its entry number. A number
 * already taken by another client (or by a document of the other kind) gets the client
 * code appended, so that no two documents share a number in the dossier.
 */
function documentNumber(line: FecClientLine, kind: PlannedDocument['kind'], owners: Map<string, string>): string {
  const ref = PLACEHOLDER_REFS.has(line.pieceRef.toLowerCase()) ? line.entryNumber : line.pieceRef
  const owner = `${line.clientCode}\u0000${kind}`
  const base = kind === 'credit_note' && owners.has(ref) && owners.get(ref) !== owner ? `${ref}-AV` : ref
  const taken = owners.get(base)
  const number = taken === undefined || taken === owner ? base : `${base}-${line.clientCode}`
  owners.set(number, owner)
  return number
}

/**
 * Applies, within each group of lines lettered together for one client, the credits to
 * the debits in date order. A group that does not balance leaves its difference open
 * (debits) or as a credit (credits), as the ledger itself does (a partial lettering) —
 * except a group of debits alone, lettered on a date: the payment it was matched with lies
 * outside the file (an earlier or later exercise), so those debits were settled on a date
 * the file does not give, and are recorded as such (settledOutsideCents, write-plan.ts).
 */
function applyLettering(
  lines: FecClientLine[],
  asOf: IsoDate | null,
  debitDocument: Map<FecClientLine, PlannedDocument>,
  credits: Map<FecClientLine, { allocations: PlannedAllocation[] }>,
): void {
  const groups = new Map<string, FecClientLine[]>()
  for (const line of lines) {
    if (line.letter === '' || line.netCents === 0) continue
    if (asOf !== null && line.letterDate !== null && line.letterDate > asOf) continue
    const key = `${line.clientCode}\u0000${line.letter}`
    const group = groups.get(key)
    if (group) group.push(line)
    else groups.set(key, [line])
  }
  const byDate = (a: FecClientLine, b: FecClientLine) => a.entryDate.localeCompare(b.entryDate) || a.line - b.line
  for (const group of groups.values()) {
    const debits = group.filter((line) => debitDocument.has(line)).sort(byDate)
    if (debits.length === group.length && debits.every((line) => line.letterDate !== null)) {
      for (const line of debits) (debitDocument.get(line) as PlannedDocument).settledOutsideCents += line.netCents
      continue
    }
    const remaining = debits.map((line) => line.netCents)
    for (const creditLine of group.filter((line) => credits.has(line)).sort(byDate)) {
      const credit = credits.get(creditLine) as { allocations: PlannedAllocation[] }
      let left = -creditLine.netCents
      for (let index = 0; index < debits.length && left > 0; index++) {
        const amount = Math.min(left, remaining[index] as number)
        if (amount <= 0) continue
        remaining[index] = (remaining[index] as number) - amount
        left -= amount
        const documentNumber = (debitDocument.get(debits[index] as FecClientLine) as PlannedDocument).number
        const same = credit.allocations.find((allocation) => allocation.documentNumber === documentNumber)
        if (same) same.amountCents += amount
        else credit.allocations.push({ documentNumber, amountCents: amount })
      }
    }
  }
}

import { centsToDecimalString, parseDecimalToCents, type Cents } from '../../src-shared/money'
import type { PenaltyCaseError, PenaltyCaseOutcome, PenaltyCaseResult } from '../../src-shared/contract/penalties'
import { isIsoDate, type IsoDate } from '../../src-shared/dates'
import {
  computePenalties,
  type DayCountBasis,
  type DebtorKind,
  type Payment,
  type PenaltyInput,
  type PenaltyStatement,
  type RatePolicy,
  type RateTable,
} from '../domain/penalties'

/**
 * The CLI's penalty cases: a JSON array of invoices, each computed on its own, so one
 * bad case is reported (naming its id and field, in French) without stopping the others.
 *
 *   [{ "id": "F-1", "amount": "10000.00", "dueDate": "2025-05-15", "asOf": "2025-09-20",
 *      "debtor": "pro" | "particulier", "noticeDate": "2025-06-01",
 *      "payments": [{ "date": "2025-09-20", "amount": "10000.00" }],
 *      "rate": { "kind": "legal" } | { "kind": "fixed", "pct": "15.00" }
 *            | { "kind": "legalInterestMultiple", "factor": "3" },
 *      "dayCount": "365" | "actual" }]
 *
 * debtor defaults to "pro", rate to legal, payments to none, dayCount to 365. Amounts
 * and percentages are decimal texts (never JSON numbers, which are binary fractions).
 * Unknown fields are refused, so a misspelt optional field cannot be silently ignored.
 */

export type ParsedPenaltyCase = { ok: true; id: string; input: PenaltyInput } | { ok: false; error: PenaltyCaseError }

export function parsePenaltyCases(json: unknown, rates: RateTable): ParsedPenaltyCase[] {
  if (!Array.isArray(json)) {
    return [
      {
        ok: false,
        error: { id: null, index: null, field: '', message: 'Entrée invalide : un tableau JSON de cas est attendu.' },
      },
    ]
  }
  const firstIndexById = new Map<string, number>()
  return json.map((value, index) => parseCase(value, index, rates, firstIndexById))
}

/** A statement as the CLI prints it: euros and percentages as decimal texts, messages in French. */
export function formatPenaltyStatement(id: string, statement: PenaltyStatement): PenaltyCaseResult {
  return {
    id,
    interest: centsToDecimalString(statement.interestCents),
    indemnity: centsToDecimalString(statement.indemnityCents),
    total: centsToDecimalString(statement.totalCents),
    periods: statement.periods.map((period) => ({
      from: period.from,
      to: period.to,
      days: period.days,
      base: centsToDecimalString(period.baseCents),
      // Basis points have the shape of cents: 1315 → "13.15".
      ratePct: centsToDecimalString(period.rateBp),
      amount: centsToDecimalString(period.amountCents),
    })),
    warnings: statement.warnings.map((warning) => warning.message),
    flags: statement.flags.map((flag) => flag.message),
  }
}

/** Parses, computes and formats every case. */
export function runPenaltyCases(json: unknown, rates: RateTable): PenaltyCaseOutcome[] {
  return parsePenaltyCases(json, rates).map((parsed) =>
    parsed.ok
      ? { ok: true, result: formatPenaltyStatement(parsed.id, computePenalties(parsed.input)) }
      : { ok: false, error: parsed.error },
  )
}

const CASE_FIELDS = ['id', 'amount', 'dueDate', 'asOf', 'debtor', 'noticeDate', 'payments', 'rate', 'dayCount']
const PAYMENT_FIELDS = ['date', 'amount']
const RATE_FIELDS = { legal: ['kind'], fixed: ['kind', 'pct'], legalInterestMultiple: ['kind', 'factor'] }

/** A refusal of one field, thrown inside a case and turned into its error. */
class CaseFieldError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(reason)
  }
}

function parseCase(
  value: unknown,
  index: number,
  rates: RateTable,
  firstIndexById: Map<string, number>,
): ParsedPenaltyCase {
  let id: string | null = null
  try {
    const record = asRecord(value, '', 'cas invalide (objet JSON attendu)')
    const rawId = record.id
    if (typeof rawId !== 'string' || rawId.trim() === '') {
      throw new CaseFieldError('id', 'identifiant manquant (texte non vide attendu)')
    }
    // A repeated id cannot name its case: the error names it by position instead.
    const first = firstIndexById.get(rawId)
    if (first !== undefined) throw new CaseFieldError('id', `identifiant « ${rawId} » déjà utilisé par le cas n° ${first + 1}`)
    firstIndexById.set(rawId, index)
    id = rawId
    refuseUnknownFields(record, CASE_FIELDS, '')

    const input: PenaltyInput = {
      amountCents: amountField(record.amount, 'amount'),
      dueDate: dateField(record.dueDate, 'dueDate'),
      asOf: dateField(record.asOf, 'asOf'),
      debtor: debtorField(record.debtor),
      payments: paymentsField(record.payments),
      ratePolicy: rateField(record.rate),
      rates,
      dayCount: dayCountField(record.dayCount),
    }
    if (record.noticeDate !== undefined) input.noticeDate = dateField(record.noticeDate, 'noticeDate')
    return { ok: true, id, input }
  } catch (error) {
    if (!(error instanceof CaseFieldError)) throw error
    const who = id === null ? `Cas n° ${index + 1}` : `Cas « ${id} »`
    const where = error.field === '' ? '' : ` champ « ${error.field} » :`
    return {
      ok: false,
      error: { id, index, field: error.field, message: `${who} :${where} ${error.reason}.` },
    }
  }
}

function asRecord(value: unknown, field: string, reason: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CaseFieldError(field, reason)
  return value as Record<string, unknown>
}

function refuseUnknownFields(record: Record<string, unknown>, known: readonly string[], prefix: string): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) {
      throw new CaseFieldError(`${prefix}${key}`, `champ inconnu (champs possibles : ${known.join(', ')})`)
    }
  }
}

function amountField(value: unknown, field: string): Cents {
  if (value === undefined) throw new CaseFieldError(field, 'montant manquant (texte décimal attendu, ex. « 1234.56 »)')
  const cents = typeof value === 'string' ? parseDecimalToCents(value) : null
  if (cents === null) {
    throw new CaseFieldError(field, 'montant invalide (texte décimal à deux décimales au plus attendu, ex. « 1234.56 »)')
  }
  if (cents < 0) throw new CaseFieldError(field, 'montant négatif')
  if (cents === 0) throw new CaseFieldError(field, 'montant nul')
  return cents
}

function dateField(value: unknown, field: string): IsoDate {
  if (value === undefined) throw new CaseFieldError(field, 'date manquante (attendu AAAA-MM-JJ)')
  if (typeof value !== 'string' || !isIsoDate(value)) throw new CaseFieldError(field, 'date invalide (attendu AAAA-MM-JJ)')
  return value
}

function debtorField(value: unknown): DebtorKind {
  if (value === undefined) return 'pro'
  if (value === 'pro' || value === 'particulier') return value
  throw new CaseFieldError('debtor', 'type de débiteur inconnu (attendu « pro » ou « particulier »)')
}

function paymentsField(value: unknown): Payment[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new CaseFieldError('payments', 'liste de paiements attendue')
  return value.map((entry, i) => {
    const field = `payments[${i}]`
    const record = asRecord(entry, field, 'paiement invalide (objet { "date", "amount" } attendu)')
    refuseUnknownFields(record, PAYMENT_FIELDS, `${field}.`)
    return { date: dateField(record.date, `${field}.date`), amountCents: amountField(record.amount, `${field}.amount`) }
  })
}

function rateField(value: unknown): RatePolicy {
  if (value === undefined) return { kind: 'legal' }
  const record = asRecord(value, 'rate', 'taux invalide (objet attendu, ex. { "kind": "legal" })')
  const kind = record.kind
  if (kind !== 'legal' && kind !== 'fixed' && kind !== 'legalInterestMultiple') {
    throw new CaseFieldError('rate.kind', 'type de taux inconnu (attendu « legal », « fixed » ou « legalInterestMultiple »)')
  }
  refuseUnknownFields(record, RATE_FIELDS[kind], 'rate.')
  switch (kind) {
    case 'legal':
      return { kind }
    case 'fixed': {
      // A percentage with two decimals has the shape of an amount in euros: "15.00" → 1500 bp.
      const rateBp = typeof record.pct === 'string' ? parseDecimalToCents(record.pct) : null
      if (rateBp === null || rateBp < 0) {
        throw new CaseFieldError('rate.pct', 'taux invalide (pourcentage positif à deux décimales au plus attendu, ex. « 15.00 »)')
      }
      return { kind, rateBp }
    }
    case 'legalInterestMultiple': {
      const factor = typeof record.factor === 'string' && /^\d{1,3}$/.test(record.factor) ? Number(record.factor) : 0
      if (factor === 0) throw new CaseFieldError('rate.factor', 'multiple invalide (entier positif attendu, ex. « 3 »)')
      return { kind, factor }
    }
  }
}

function dayCountField(value: unknown): DayCountBasis {
  if (value === undefined) return '365'
  if (value === '365' || value === 'actual') return value
  throw new CaseFieldError('dayCount', 'base de calcul inconnue (attendu « 365 » ou « actual »)')
}

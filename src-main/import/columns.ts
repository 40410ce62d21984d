import { IMPORT_TARGETS, type ImportTarget } from '../../src-shared/contract/imports'
import { foldFrench } from '../data/french-text'
import { CLIENT_FIELDS } from './fields/client-fields'
import { INVOICE_NUMBER, type ImportField, type ImportFieldKind } from './fields/import-field'
import { INVOICE_FIELDS } from './fields/invoice-fields'
import { PAYMENT_FIELDS } from './fields/payment-fields'

/**
 * Which column of a spreadsheet feeds which field. Exports name their columns in many
 * ways (« N° facture », « Numéro de pièce », « Réf. pièce », « Invoice No. »), so
 * headers and synonyms are compared once normalised, and the mapping screen starts
 * from the best guess instead of a blank form.
 */

export { IMPORT_TARGETS, type ImportTarget }

export type { ImportField, ImportFieldKind }

/** Every target's fields, each described once (fields/…-fields.ts). */
export const IMPORT_FIELDS = {
  clients: CLIENT_FIELDS,
  invoices: INVOICE_FIELDS,
  payments: PAYMENT_FIELDS,
} as const satisfies { [T in ImportTarget]: readonly ImportField[] }

type FieldKey<T extends ImportTarget> = (typeof IMPORT_FIELDS)[T][number]['key']

/** Words that only tie others together: « Date de la facture » is « Date facture ». `du` stays: it is also « dû ». */
const FILLER_WORDS = new Set(['de', 'des', 'd', 'l', 'la', 'le', 'les', 'of', 'the'])
/** Every way of writing « numéro » once ° and punctuation are gone. */
const NUMBER_WORDS = new Set(['n', 'no', 'nr', 'nro', 'num', 'numero', 'number'])

/**
 * A header reduced to what tells it apart: no case, accents or punctuation; « N° »,
 * « Nº », « No », « Num. », « # » all « numero »; dotted initials joined (« T.T.C. » →
 * « ttc »); filler words dropped. « Date d'échéance » and « DATE ECHEANCE » both give
 * « date echeance ».
 */
export function normaliseHeader(header: string): string {
  return foldFrench(header)
    .replace(/\b([a-z])\.(?=[a-z]\b)/g, '$1')
    .replace(/\bn\s*[°º]|[°º#]/g, ' numero ')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '' && !FILLER_WORDS.has(word))
    .map((word) => (NUMBER_WORDS.has(word) ? 'numero' : word))
    .join(' ')
}

/** Synonyms normalised once, per target and field, in IMPORT_FIELDS order. */
const NORMALISED: { [T in ImportTarget]: { key: string; synonyms: string[] }[] } = {
  clients: normalisedSynonyms('clients'),
  invoices: normalisedSynonyms('invoices'),
  payments: normalisedSynonyms('payments'),
}

function normalisedSynonyms(target: ImportTarget): { key: string; synonyms: string[] }[] {
  const fields: readonly ImportField[] = IMPORT_FIELDS[target]
  return fields.map(({ key, synonyms }) => ({ key, synonyms: synonyms.map(normaliseHeader) }))
}

/** An exact synonym beats any partial one. */
const EXACT = 1000

/**
 * How well a normalised header names a field: EXACT when it is one of its synonyms,
 * else the number of words of the longest synonym found whole inside it (« montant
 * ttc eur » holds « montant ttc »: 2), else 0.
 */
function matchScore(header: string, synonyms: readonly string[]): number {
  if (header === '') return 0
  let best = 0
  for (const synonym of synonyms) {
    if (synonym === header) return EXACT
    if (` ${header} `.includes(` ${synonym} `)) best = Math.max(best, synonym.split(' ').length)
  }
  return best
}

/**
 * The field each column feeds (by index), or null. Every field goes to one column at
 * most: the best matches are given out first, exact before partial, longer partial
 * before shorter, then left to right.
 */
export function autoMapColumns(headers: string[], target: ImportTarget): (string | null)[] {
  const normalised = headers.map(normaliseHeader)
  const fields = NORMALISED[target]
  const candidates = normalised.flatMap((header, column) =>
    fields.map((field, order) => ({ column, order, key: field.key, score: matchScore(header, field.synonyms) })),
  )
  candidates.sort((a, b) => b.score - a.score || a.column - b.column || a.order - b.order)
  const mapping: (string | null)[] = headers.map(() => null)
  const used = new Set<string>()
  for (const { column, key, score } of candidates) {
    if (score === 0) break
    if (mapping[column] !== null || used.has(key)) continue
    mapping[column] = key
    used.add(key)
  }
  return mapping
}

function synonymsOf<T extends ImportTarget>(target: T, key: FieldKey<T>): string[] {
  return NORMALISED[target].find((field) => field.key === key)?.synonyms ?? []
}

/** A payment date, not a bare « Date », which invoices have too. */
const PAYMENT_DATE = synonymsOf('payments', 'date').filter((synonym) => synonym !== 'date')
const DUE_DATE = synonymsOf('invoices', 'dueDate')
const INVOICE_NUMBERS = INVOICE_NUMBER.map(normaliseHeader)

/**
 * What a file holds, from its headers: payments when it has a payment date, or a
 * payment method and an amount (a client list may carry each client's usual « Mode de
 * règlement »), and no due date; invoices when it has an invoice number or a due date;
 * clients otherwise.
 */
export function guessTarget(headers: string[]): ImportTarget {
  const normalised = headers.map(normaliseHeader)
  const has = (synonyms: readonly string[]) => normalised.some((header) => matchScore(header, synonyms) > 0)
  const dueDate = has(DUE_DATE)
  const paymentColumns = autoMapColumns(headers, 'payments')
  const methodAndAmount = paymentColumns.includes('method') && paymentColumns.includes('amount')
  if (!dueDate && (has(PAYMENT_DATE) || methodAndAmount)) return 'payments'
  if (dueDate || has(INVOICE_NUMBERS)) return 'invoices'
  return 'clients'
}

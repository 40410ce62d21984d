import { IMPORT_TARGETS, type ImportTarget } from '../../src-shared/contract/imports'
import { foldFrench } from '../data/french-text'

/**
 * Which column of a spreadsheet feeds which field. Exports name their columns in many
 * ways (« N° facture », « Numéro de pièce », « Réf. pièce », « Invoice No. »), so
 * headers and synonyms are compared once normalised, and the mapping screen starts
 * from the best guess instead of a blank form.
 */

export { IMPORT_TARGETS, type ImportTarget }

export type ImportFieldKind = 'text' | 'amount' | 'date' | 'integer'

export interface ImportField {
  key: string
  /** French label on the mapping screen. */
  label: string
  required: boolean
  kind: ImportFieldKind
}

export const IMPORT_FIELDS = {
  clients: [
    { key: 'code', label: 'Code client', required: true, kind: 'text' },
    { key: 'name', label: 'Nom ou raison sociale', required: true, kind: 'text' },
    { key: 'kind', label: 'Type (professionnel ou particulier)', required: false, kind: 'text' },
    { key: 'siren', label: 'SIREN', required: false, kind: 'text' },
    { key: 'siret', label: 'SIRET', required: false, kind: 'text' },
    { key: 'vatNumber', label: 'N° de TVA intracommunautaire', required: false, kind: 'text' },
    { key: 'email', label: 'E-mail', required: false, kind: 'text' },
    { key: 'phone', label: 'Téléphone', required: false, kind: 'text' },
    { key: 'addressLine1', label: 'Adresse', required: false, kind: 'text' },
    { key: 'addressLine2', label: "Complément d'adresse", required: false, kind: 'text' },
    { key: 'postalCode', label: 'Code postal', required: false, kind: 'text' },
    { key: 'city', label: 'Ville', required: false, kind: 'text' },
    { key: 'country', label: 'Pays', required: false, kind: 'text' },
    { key: 'termsDays', label: 'Délai de paiement (jours)', required: false, kind: 'integer' },
    { key: 'segment', label: 'Segment', required: false, kind: 'text' },
    { key: 'contactName', label: 'Contact', required: false, kind: 'text' },
  ],
  invoices: [
    { key: 'clientCode', label: 'Code client', required: true, kind: 'text' },
    { key: 'clientName', label: 'Nom du client', required: false, kind: 'text' },
    { key: 'number', label: 'N° de facture', required: true, kind: 'text' },
    { key: 'issueDate', label: 'Date de facture', required: true, kind: 'date' },
    { key: 'dueDate', label: "Date d'échéance", required: false, kind: 'date' },
    { key: 'amount', label: 'Montant TTC', required: true, kind: 'amount' },
    { key: 'amountExclTax', label: 'Montant HT', required: false, kind: 'amount' },
    { key: 'balance', label: 'Reste dû', required: false, kind: 'amount' },
    { key: 'label', label: 'Libellé', required: false, kind: 'text' },
  ],
  payments: [
    { key: 'clientCode', label: 'Code client', required: true, kind: 'text' },
    { key: 'date', label: 'Date du règlement', required: true, kind: 'date' },
    { key: 'amount', label: 'Montant', required: true, kind: 'amount' },
    { key: 'method', label: 'Mode de règlement', required: false, kind: 'text' },
    { key: 'reference', label: 'Référence', required: false, kind: 'text' },
    { key: 'invoiceNumber', label: 'N° de facture réglée', required: false, kind: 'text' },
  ],
} as const satisfies { [T in ImportTarget]: readonly ImportField[] }

type FieldKey<T extends ImportTarget> = (typeof IMPORT_FIELDS)[T][number]['key']

const CLIENT_CODE = [
  'Code client', 'Code tiers', 'Compte', 'Compte client', 'Compte auxiliaire', 'Compte tiers', 'N° compte',
  'N° de compte client', 'N° client', 'Référence client', 'Réf. client', 'Identifiant client', 'Customer ID',
  'Customer code', 'Customer number', 'Client ID', 'Account', 'CompAuxNum',
]
const CLIENT_NAME = [
  'Raison sociale', 'Nom', 'Client', 'Nom du client', 'Nom client', 'Dénomination', 'Société', 'Tiers',
  'Intitulé', 'Intitulé du compte', 'Libellé compte', 'Libellé du compte', 'Customer', 'Customer name', 'Name',
  'Company', 'Company name', 'CompAuxLib',
]
const INVOICE_NUMBER = [
  'N° facture', 'Numéro de facture', 'Facture', 'N° pièce', 'Numéro de pièce', 'Pièce', 'Réf. pièce',
  'Référence pièce', 'N° document', 'Document', 'Invoice number', 'Invoice', 'PieceRef',
]

/** French and English ways of naming each field, as exports write them. */
const SYNONYMS: { [T in ImportTarget]: Record<FieldKey<T>, readonly string[]> } = {
  clients: {
    code: [...CLIENT_CODE, 'Code', 'Identifiant', 'ID'],
    name: CLIENT_NAME,
    kind: ['Type', 'Type de client', 'Type client', 'Nature', 'Particulier', 'Professionnel', 'Customer type'],
    siren: ['SIREN', 'N° SIREN'],
    siret: ['SIRET', 'N° SIRET'],
    vatNumber: [
      'N° TVA', 'TVA intracommunautaire', 'N° TVA intracommunautaire', 'TVA intracom', 'Identifiant TVA', 'VAT number',
      'VAT ID', 'VAT',
    ],
    email: ['E-mail', 'Email', 'Courriel', 'Mail', 'Adresse e-mail', 'Adresse mail', 'Adresse électronique', 'E-mail address'],
    phone: ['Téléphone', 'Tél.', 'Tel', 'N° de téléphone', 'Portable', 'Mobile', 'Phone', 'Phone number', 'Telephone'],
    addressLine1: ['Adresse', 'Adresse 1', 'Adresse ligne 1', 'Rue', 'Voie', 'Address', 'Address line 1', 'Street'],
    addressLine2: ['Adresse 2', 'Adresse ligne 2', "Complément d'adresse", 'Complément', 'Address line 2'],
    postalCode: ['Code postal', 'CP', 'Postal code', 'Zip', 'Zip code', 'Postcode'],
    city: ['Ville', 'Localité', 'Commune', 'City', 'Town'],
    country: ['Pays', 'Code pays', 'Country'],
    termsDays: [
      'Délai de paiement', 'Délai de règlement', 'Délai', 'Conditions de paiement', 'Conditions de règlement', 'Jours',
      'Payment terms', 'Terms',
    ],
    segment: ['Segment', 'Catégorie', 'Catégorie client', 'Famille', 'Famille client', 'Groupe', 'Category', 'Group'],
    contactName: ['Contact', 'Nom du contact', 'Interlocuteur', 'Contact name'],
  },
  invoices: {
    clientCode: CLIENT_CODE,
    clientName: CLIENT_NAME,
    number: [...INVOICE_NUMBER, 'Référence', 'Réf.', 'N°'],
    issueDate: [
      'Date de facture', 'Date facture', 'Date pièce', 'Date de la pièce', 'Date', "Date d'émission", 'Date document',
      'Date écriture', 'Invoice date', 'Date issued', 'PieceDate', 'EcritureDate',
    ],
    dueDate: [
      "Date d'échéance", 'Échéance', 'Date échéance', 'Échéance le', 'Date limite de paiement', 'Due date', 'Due',
      'DateEcheance',
    ],
    amount: [
      'Montant TTC', 'Total TTC', 'TTC', 'Montant', 'Montant facture', 'Net à payer', 'Total', 'Débit', 'Amount',
      'Total amount', 'Amount incl. tax', 'Gross amount',
    ],
    amountExclTax: ['Montant HT', 'Total HT', 'HT', 'Base HT', 'Amount excl. tax', 'Net amount', 'Subtotal'],
    balance: [
      'Reste dû', 'Restant dû', 'Solde', 'Solde restant', 'Solde TTC', 'Reste à payer', 'Reste à régler',
      'Montant restant', 'Montant dû', 'Balance', 'Outstanding', 'Amount due', 'Open amount', 'Balance due',
    ],
    label: ['Libellé', 'Libellé écriture', 'Désignation', 'Description', 'Objet', 'Commentaire', 'Label', 'EcritureLib'],
  },
  payments: {
    clientCode: [...CLIENT_CODE, 'Client'],
    date: [
      'Date de règlement', 'Date du règlement', 'Date de paiement', 'Date du paiement', "Date d'encaissement",
      'Date encaissement', 'Date valeur', 'Date opération', 'Date', 'Payment date', 'Paid on',
    ],
    amount: [
      'Montant', 'Montant réglé', 'Montant payé', 'Montant encaissé', 'Montant du règlement', 'Règlement', 'Crédit',
      'Amount', 'Paid amount', 'Amount paid',
    ],
    method: [
      'Mode de règlement', 'Mode de paiement', 'Moyen de paiement', 'Moyen de règlement', 'Type de règlement', 'Mode',
      'Payment method', 'Method',
    ],
    reference: [
      'Référence', 'Réf.', 'Référence du règlement', 'Référence paiement', 'N° de chèque', 'N° pièce', 'N° de remise',
      'Reference', 'Payment reference',
    ],
    invoiceNumber: ['N° facture', 'Numéro de facture', 'Facture', 'Facture réglée', 'Factures', 'Invoice number', 'Invoice'],
  },
}

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

function normalisedSynonyms<T extends ImportTarget>(target: T): { key: string; synonyms: string[] }[] {
  const synonyms: Record<string, readonly string[]> = SYNONYMS[target]
  return IMPORT_FIELDS[target].map(({ key }) => ({ key, synonyms: (synonyms[key] ?? []).map(normaliseHeader) }))
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

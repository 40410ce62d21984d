import { addDays } from '../../../src-shared/dates'
import { formatFrenchLongDate } from '../../../src-shared/long-date'
import { formatEuros } from '../../../src-shared/money'
import type { LetterData } from './letter-data'
import { PLAN_MERGE_FIELDS } from './plan-merge-fields'

/**
 * The merge fields a template may use, by the name typed between braces. Each says what
 * it is (for the editor's list) and what to complete in the dossier when its value is
 * missing: a letter never prints a blank where a field stood.
 */
export interface MergeField {
  name: string
  label: string
  /** The value, or null when the dossier lacks it. `days` is the number after the colon, for the fields that take one. */
  value(data: LetterData, days: number | null): string | null
  /** What is missing, worded to be completed: « l’IBAN de la société (Paramètres → Société) ». */
  missing: string
  takesDays?: boolean
}

const text = (value: string | null | undefined): string | null => (value && value.trim() !== '' ? value.trim() : null)
const join = (parts: Array<string | null>, separator: string): string | null => text(parts.filter((part) => part !== null).join(separator))
const SOCIETE = '(Paramètres → Société)'
const CLIENT = '(fiche du client)'

/** « 12 rue des Lilas, 34000 Montpellier »; null without a street and a town. */
function oneLineAddress(holder: { addressLine1: string | null; addressLine2: string | null; postalCode: string | null; city: string | null }): string | null {
  if (!text(holder.addressLine1) || !text(holder.city)) return null
  return join([text(holder.addressLine1), text(holder.addressLine2), join([text(holder.postalCode), text(holder.city)], ' ')], ', ')
}

/** « FR76 3000 6000 … » in groups of four joined by no-break spaces, so that it never splits across lines. */
const groupedIban = (iban: string | null): string | null => text(iban)?.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1\u00a0') ?? null

const sum = (data: LetterData, pick: (s: LetterData['statement']) => number) => formatEuros(pick(data.statement))

export const MERGE_FIELDS: MergeField[] = [
  { name: 'client.nom', label: 'Nom ou raison sociale du client', value: (d) => text(d.client.name), missing: `le nom du client ${CLIENT}` },
  { name: 'client.code', label: 'Code du client', value: (d) => text(d.client.code), missing: `le code du client ${CLIENT}` },
  { name: 'client.adresse', label: 'Adresse du client sur une ligne', value: (d) => oneLineAddress(d.client), missing: `l’adresse du client ${CLIENT}` },
  { name: 'client.contact', label: 'Nom du contact principal du client', value: (d) => text(d.client.contactName), missing: `un contact du client ${CLIENT}` },
  { name: 'client.email', label: 'Adresse e-mail de facturation du client', value: (d) => text(d.client.email), missing: `l’adresse e-mail du client ${CLIENT}` },
  { name: 'societe.nom', label: 'Raison sociale de la société', value: (d) => text(d.company.legalName), missing: `la raison sociale de la société ${SOCIETE}` },
  { name: 'societe.adresse', label: 'Adresse de la société sur une ligne', value: (d) => oneLineAddress(d.company), missing: `l’adresse de la société ${SOCIETE}` },
  { name: 'societe.ville', label: 'Ville de la société', value: (d) => text(d.company.city), missing: `la ville de la société ${SOCIETE}` },
  { name: 'societe.telephone', label: 'Téléphone de la société', value: (d) => text(d.company.phone), missing: `le téléphone de la société ${SOCIETE}` },
  { name: 'societe.email', label: 'E-mail de la société', value: (d) => text(d.company.email), missing: `l’e-mail de la société ${SOCIETE}` },
  { name: 'societe.iban', label: 'IBAN de la société', value: (d) => groupedIban(d.company.iban), missing: `l’IBAN de la société ${SOCIETE}` },
  { name: 'societe.bic', label: 'BIC de la société', value: (d) => text(d.company.bic), missing: `le BIC de la société ${SOCIETE}` },
  { name: 'societe.siret', label: 'SIRET de la société', value: (d) => text(d.company.siret), missing: `le SIRET de la société ${SOCIETE}` },
  { name: 'societe.signataire', label: 'Nom du signataire', value: (d) => text(d.company.signatoryName), missing: `le nom du signataire ${SOCIETE}` },
  {
    name: 'societe.fonction_signataire',
    label: 'Fonction du signataire',
    value: (d) => text(d.company.signatoryTitle),
    missing: `la fonction du signataire ${SOCIETE}`,
  },
  { name: 'factures.nombre', label: 'Nombre de factures du courrier', value: (d) => String(d.invoices.length), missing: 'les factures du courrier' },
  {
    name: 'factures.numeros',
    label: 'Numéros des factures, séparés par des virgules',
    value: (d) => text(d.invoices.map((invoice) => invoice.number).join(', ')),
    missing: 'les factures du courrier',
  },
  {
    name: 'total.restant_du',
    label: 'Total restant dû sur les factures',
    value: (d) => formatEuros(d.invoices.reduce((total, invoice) => total + invoice.remainingCents, 0)),
    missing: 'les factures du courrier',
  },
  { name: 'total.interets', label: 'Pénalités de retard (intérêts)', value: (d) => sum(d, (s) => s.interestCents), missing: 'le décompte des pénalités' },
  { name: 'total.indemnites', label: 'Indemnités forfaitaires de 40 €', value: (d) => sum(d, (s) => s.indemnityCents), missing: 'le décompte des pénalités' },
  {
    name: 'total.penalites',
    label: 'Pénalités et indemnités',
    value: (d) => sum(d, (s) => s.interestCents + s.indemnityCents),
    missing: 'le décompte des pénalités',
  },
  {
    name: 'total.reclame',
    label: 'Somme réclamée : restant dû, pénalités et indemnités',
    value: (d) => sum(d, (s) => s.claimCents),
    missing: 'le décompte des pénalités',
  },
  { name: 'date.jour', label: 'Date du courrier en toutes lettres', value: (d) => formatFrenchLongDate(d.asOf), missing: 'la date du courrier' },
  {
    name: 'date.lieu_et_date',
    label: 'Lieu et date : « Montpellier, le 23 novembre 2026 »',
    value: (d) => (text(d.company.city) ? `${text(d.company.city)}, le ${formatFrenchLongDate(d.asOf)}` : null),
    missing: `la ville de la société ${SOCIETE}`,
  },
  {
    name: 'date_limite',
    label: 'Date limite : la date du courrier plus N jours, écrite {{date_limite:15}}',
    value: (d, days) => (days === null ? null : formatFrenchLongDate(addDays(d.asOf, days))),
    missing: 'le nombre de jours du délai, écrit {{date_limite:15}}',
    takesDays: true,
  },
  ...PLAN_MERGE_FIELDS,
]

/** Tables placed where a paragraph holds nothing but their tag. */
export const MERGE_BLOCKS = {
  tableau_factures: { kind: 'invoices', label: 'Tableau des factures (n°, dates, montants, jours de retard)' },
  decompte_penalites: { kind: 'penalties', label: 'Décompte des pénalités (périodes, taux, jours, montants, 40 €)' },
  tableau_echeances: { kind: 'instalments', label: 'Tableau des échéances : n°, date, montant, reste dû après chacune, total' },
  signatures: { kind: 'signatures', label: 'Signatures des deux parties : « Bon pour accord », date et signature' },
} as const

export type MergeBlockKind = (typeof MERGE_BLOCKS)[keyof typeof MERGE_BLOCKS]['kind']

/** Text shown only to one kind of client: `{{#professionnel}}…{{/professionnel}}`. */
export const MERGE_SECTIONS = {
  professionnel: { label: 'Texte pour un client professionnel seulement', kind: 'pro' },
  particulier: { label: 'Texte pour un client particulier seulement', kind: 'particulier' },
} as const

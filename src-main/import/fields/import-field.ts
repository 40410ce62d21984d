/**
 * One field an import can fill, as every part of the import knows it: the mapping screen
 * offers it by its label, the column guesser finds it by its synonyms, the reader checks
 * a cell by its kind. The lists per target (client-fields.ts, invoice-fields.ts,
 * payment-fields.ts) are the only place fields are written out, so a field offered is a
 * field read and written.
 */
export type ImportFieldKind = 'text' | 'amount' | 'date' | 'integer'

export interface ImportField {
  /** Name in a column mapping (saved presets and --mapping files use it: stable). */
  key: string
  /** French label on the mapping screen. */
  label: string
  required: boolean
  kind: ImportFieldKind
  /** French and English ways exports name the column. */
  synonyms: readonly string[]
}

/** Column names shared by several targets. */
export const CLIENT_CODE = [
  'Code client', 'Code tiers', 'Compte', 'Compte client', 'Compte auxiliaire', 'Compte tiers', 'N° compte',
  'N° de compte client', 'N° client', 'Référence client', 'Réf. client', 'Identifiant client', 'Customer ID',
  'Customer code', 'Customer number', 'Client ID', 'Account', 'CompAuxNum',
]
export const CLIENT_NAME = [
  'Raison sociale', 'Nom', 'Client', 'Nom du client', 'Nom client', 'Dénomination', 'Société', 'Tiers',
  'Intitulé', 'Intitulé du compte', 'Libellé compte', 'Libellé du compte', 'Customer', 'Customer name', 'Name',
  'Company', 'Company name', 'CompAuxLib',
]
export const INVOICE_NUMBER = [
  'N° facture', 'Numéro de facture', 'Facture', 'N° pièce', 'Numéro de pièce', 'Pièce', 'Réf. pièce',
  'Référence pièce', 'N° document', 'Document', 'Invoice number', 'Invoice', 'PieceRef',
]

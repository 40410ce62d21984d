import { CLIENT_CODE, type ImportField } from './import-field'

/** The fields of a payments (règlements) export: one payment per row. */
export const PAYMENT_FIELDS = [
  { key: 'clientCode', label: 'Code client', required: true, kind: 'text', synonyms: [...CLIENT_CODE, 'Client'] },
  {
    key: 'date', label: 'Date du règlement', required: true, kind: 'date',
    synonyms: [
      'Date de règlement', 'Date du règlement', 'Date de paiement', 'Date du paiement', "Date d'encaissement",
      'Date encaissement', 'Date valeur', 'Date opération', 'Date', 'Payment date', 'Paid on',
    ],
  },
  {
    key: 'amount', label: 'Montant', required: true, kind: 'amount',
    synonyms: [
      'Montant', 'Montant réglé', 'Montant payé', 'Montant encaissé', 'Montant du règlement', 'Règlement', 'Crédit',
      'Amount', 'Paid amount', 'Amount paid',
    ],
  },
  {
    key: 'method', label: 'Mode de règlement', required: false, kind: 'text',
    synonyms: [
      'Mode de règlement', 'Mode de paiement', 'Moyen de paiement', 'Moyen de règlement', 'Type de règlement', 'Mode',
      'Payment method', 'Method',
    ],
  },
  {
    key: 'reference', label: 'Référence', required: false, kind: 'text',
    synonyms: [
      'Référence', 'Réf.', 'Référence du règlement', 'Référence paiement', 'N° de chèque', 'N° pièce', 'N° de remise',
      'Reference', 'Payment reference',
    ],
  },
  {
    key: 'invoiceNumber', label: 'N° de facture réglée', required: false, kind: 'text',
    synonyms: ['N° facture', 'Numéro de facture', 'Facture', 'Facture réglée', 'Factures', 'Invoice number', 'Invoice'],
  },
] as const satisfies readonly ImportField[]

import { CLIENT_CODE, CLIENT_NAME, INVOICE_NUMBER, type ImportField } from './import-field'

/** The fields of an open-items (échéancier) export: one invoice or credit note per row. */
export const INVOICE_FIELDS = [
  { key: 'clientCode', label: 'Code client', required: true, kind: 'text', synonyms: CLIENT_CODE },
  { key: 'clientName', label: 'Nom du client', required: false, kind: 'text', synonyms: CLIENT_NAME },
  { key: 'number', label: 'N° de facture', required: true, kind: 'text', synonyms: [...INVOICE_NUMBER, 'Référence', 'Réf.', 'N°'] },
  {
    key: 'issueDate', label: 'Date de facture', required: true, kind: 'date',
    synonyms: [
      'Date de facture', 'Date facture', 'Date pièce', 'Date de la pièce', 'Date', "Date d'émission", 'Date document',
      'Date écriture', 'Invoice date', 'Date issued', 'PieceDate', 'EcritureDate',
    ],
  },
  {
    key: 'dueDate', label: "Date d'échéance", required: false, kind: 'date',
    synonyms: [
      "Date d'échéance", 'Échéance', 'Date échéance', 'Échéance le', 'Date limite de paiement', 'Due date', 'Due',
      'DateEcheance',
    ],
  },
  {
    key: 'amount', label: 'Montant TTC', required: true, kind: 'amount',
    synonyms: [
      'Montant TTC', 'Total TTC', 'TTC', 'Montant', 'Montant facture', 'Net à payer', 'Total', 'Débit', 'Amount',
      'Total amount', 'Amount incl. tax', 'Gross amount',
    ],
  },
  {
    key: 'amountExclTax', label: 'Montant HT', required: false, kind: 'amount',
    synonyms: ['Montant HT', 'Total HT', 'HT', 'Base HT', 'Amount excl. tax', 'Net amount', 'Subtotal'],
  },
  {
    key: 'balance', label: 'Reste dû', required: false, kind: 'amount',
    synonyms: [
      'Reste dû', 'Restant dû', 'Solde', 'Solde restant', 'Solde TTC', 'Reste à payer', 'Reste à régler',
      'Montant restant', 'Montant dû', 'Balance', 'Outstanding', 'Amount due', 'Open amount', 'Balance due',
    ],
  },
  {
    key: 'label', label: 'Libellé', required: false, kind: 'text',
    synonyms: ['Libellé', 'Libellé écriture', 'Désignation', 'Description', 'Objet', 'Commentaire', 'Label', 'EcritureLib'],
  },
] as const satisfies readonly ImportField[]

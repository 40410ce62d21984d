import { describe, expect, it } from 'vitest'
import { autoMapColumns, guessTarget, IMPORT_FIELDS, IMPORT_TARGETS, normaliseHeader } from '../../../src-main/import/columns'

describe('header normalisation', () => {
  it('folds case, accents, punctuation and the ways of writing « numéro »', () => {
    expect(normaliseHeader("Date d'échéance")).toBe('date echeance')
    expect(normaliseHeader('DATE ECHEANCE')).toBe('date echeance')
    expect(normaliseHeader('Date de la facture')).toBe('date facture')
    for (const header of ['N° facture', 'Nº facture', 'N°facture', 'No facture', 'No. facture', 'Num. facture', 'Numéro de facture', 'N. facture', '# facture']) {
      expect(normaliseHeader(header), header).toBe('numero facture')
    }
    expect(normaliseHeader('Invoice No.')).toBe('invoice numero')
    expect(normaliseHeader('Invoice number')).toBe('invoice numero')
    expect(normaliseHeader('Montant T.T.C. (€)')).toBe('montant ttc')
    expect(normaliseHeader('  Reste   dû ')).toBe('reste du')
    expect(normaliseHeader('Réf. pièce')).toBe('ref piece')
    expect(normaliseHeader('E-mail')).toBe('e mail')
    expect(normaliseHeader('Nom')).toBe('nom')
    expect(normaliseHeader('')).toBe('')
  })
})

describe('column mapping', () => {
  it('maps a Sage-like invoice export', () => {
    const headers = ['Compte', 'Raison sociale', 'N° pièce', 'Date pièce', "Date d'échéance", 'Libellé', 'Montant TTC', 'Montant HT', 'Reste dû']
    expect(autoMapColumns(headers, 'invoices')).toEqual(['clientCode', 'clientName', 'number', 'issueDate', 'dueDate', 'label', 'amount', 'amountExclTax', 'balance'])
  })

  it('maps English headers and ignores unknown columns', () => {
    const headers = ['Customer ID', 'Customer name', 'Invoice number', 'Invoice date', 'Due date', 'Amount', 'Balance', 'Sales rep']
    expect(autoMapColumns(headers, 'invoices')).toEqual(['clientCode', 'clientName', 'number', 'issueDate', 'dueDate', 'amount', 'balance', null])
  })

  it('gives each field to one column, exact synonyms before partial ones', () => {
    // « Date » is the issue date exactly; « Date échéance » is the due date, not a second issue date.
    expect(autoMapColumns(['Date échéance', 'Date', 'Code client'], 'invoices')).toEqual(['dueDate', 'issueDate', 'clientCode'])
    // « Montant réglé » holds « montant » but the exact « Montant TTC » takes the amount.
    expect(autoMapColumns(['Montant réglé', 'Montant TTC'], 'invoices')).toEqual([null, 'amount'])
    // Partial matches still map what has no exact header.
    expect(autoMapColumns(['Montant TTC (EUR)', 'Solde restant au 31/12'], 'invoices')).toEqual(['amount', 'balance'])
    expect(autoMapColumns(['Solde', 'Solde'], 'invoices')).toEqual(['balance', null])
    expect(autoMapColumns(['Libellé compte', 'Libellé'], 'invoices')).toEqual(['clientName', 'label'])
  })

  it('maps client and payment files', () => {
    expect(
      autoMapColumns(
        ['Code client', 'Nom', 'SIRET', 'N° TVA intracommunautaire', 'Courriel', 'Tél.', 'Adresse', "Complément d'adresse"]
          .concat(['CP', 'Ville', 'Pays', 'Délai de paiement', 'Contact']),
        'clients',
      ),
    ).toEqual(['code', 'name', 'siret', 'vatNumber', 'email', 'phone', 'addressLine1', 'addressLine2', 'postalCode', 'city', 'country', 'termsDays', 'contactName'])
    expect(autoMapColumns(['Client', 'Date de règlement', 'Montant', 'Mode de règlement', 'Référence', 'N° facture'], 'payments')).toEqual([
      'clientCode',
      'date',
      'amount',
      'method',
      'reference',
      'invoiceNumber',
    ])
  })

  it('guesses what a file holds', () => {
    expect(guessTarget(['Code client', 'Date de paiement', 'Montant', 'N° facture'])).toBe('payments')
    expect(guessTarget(['Compte', 'Moyen de paiement', 'Montant'])).toBe('payments')
    expect(guessTarget(['Compte', 'N° pièce', 'Date', 'Montant'])).toBe('invoices')
    expect(guessTarget(['Client', 'Échéance', 'Mode de règlement', 'Montant'])).toBe('invoices')
    expect(guessTarget(['Code client', 'Raison sociale', 'Ville', 'Mode de règlement'])).toBe('clients')
    expect(guessTarget(['Code client', 'Raison sociale', 'SIREN'])).toBe('clients')
    expect(guessTarget([])).toBe('clients')
  })

  it('describes every field with a French label, and requires the essentials', () => {
    const required = Object.fromEntries(IMPORT_TARGETS.map((target) => [target, IMPORT_FIELDS[target].filter((field) => field.required).map((field) => field.key)]))
    expect(required).toEqual({
      clients: ['code', 'name'],
      invoices: ['clientCode', 'number', 'issueDate', 'amount'],
      payments: ['clientCode', 'date', 'amount'],
    })
    for (const target of IMPORT_TARGETS) {
      // Each field is found from its own label, so the mapping screen and the guess agree.
      const labels = IMPORT_FIELDS[target].map((field) => field.label)
      expect(autoMapColumns(labels, target), target).toEqual(IMPORT_FIELDS[target].map((field) => field.key))
    }
  })
})

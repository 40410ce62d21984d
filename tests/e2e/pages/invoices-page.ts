import { expect, type Locator, type Page } from '@playwright/test'

export interface InvoiceEntry {
  number?: string
  issueDate?: string
  dueDate?: string
  amount?: string
  amountExclTax?: string
  label?: string
}

/** The Factures page as a user sees it: tabs, search, the list and its pager, and the three forms. */
export class InvoicesPage {
  readonly table: Locator
  readonly search: Locator
  readonly pager: Locator
  /** « 1–100 sur 250 » above the list (shown alone when everything fits on one page). */
  readonly range: Locator
  readonly notice: Locator

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Factures et avoirs' })
    this.search = page.getByRole('searchbox', { name: 'Rechercher une facture (numéro ou client)' })
    this.pager = page.getByRole('navigation', { name: 'Pagination', exact: true })
    this.range = page.getByText(/^[\d\u202f]+(–[\d\u202f]+)? sur [\d\u202f]+$/).first()
    this.notice = page.getByRole('status')
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url)
    await this.page.getByRole('link', { name: 'Factures' }).click()
    await expect(this.page.getByRole('heading', { name: 'Factures', level: 1 })).toBeVisible()
  }

  // ---- the list

  row(text: string): Locator {
    return this.table.getByRole('row').filter({ hasText: text })
  }

  /** Data rows of the current page (the header row left out). */
  dataRows(): Locator {
    return this.table.locator('tbody').getByRole('row')
  }

  cell(number: string, column: 'Montant TTC' | 'Reste dû' | 'État' | 'Échéance'): Locator {
    const index = { 'Échéance': 3, 'Montant TTC': 4, 'Reste dû': 5, 'État': 6 }[column]
    return this.row(number).getByRole('cell').nth(index)
  }

  async filter(tab: 'Toutes' | 'Ouvertes' | 'Échues' | 'Payées' | 'En litige'): Promise<void> {
    await this.page.getByRole('tab', { name: tab }).click()
    await expect(this.page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true')
  }

  async dueBetween(from: string, to: string): Promise<void> {
    await this.page.getByLabel('Échéance à partir du').fill(from)
    await this.page.getByLabel('Échéance jusqu’au').fill(to)
  }

  columnHeader(name: 'N°' | 'Client' | 'Émission' | 'Échéance' | 'Montant TTC'): Locator {
    return this.table.getByRole('columnheader', { name })
  }

  async sortBy(name: 'N°' | 'Client' | 'Émission' | 'Échéance' | 'Montant TTC'): Promise<void> {
    await this.columnHeader(name).getByRole('button').click()
  }

  async nextPage(): Promise<void> {
    await this.pager.getByRole('button', { name: /Suivante/ }).click()
  }

  async previousPage(): Promise<void> {
    await this.pager.getByRole('button', { name: /Précédente/ }).click()
  }

  async lastPage(): Promise<void> {
    await this.pager.getByRole('button', { name: 'Dernière page' }).click()
  }

  // ---- invoice and credit note form

  async startInvoice(kind: 'Nouvelle facture' | 'Nouvel avoir' = 'Nouvelle facture'): Promise<Locator> {
    await this.page.getByRole('button', { name: kind }).first().click()
    const form = this.page.getByRole('form', { name: kind })
    await expect(form).toBeVisible()
    return form
  }

  /** Types in the client picker and picks the option whose text matches. */
  async chooseClient(form: Locator, typed: string, option: string | RegExp): Promise<void> {
    await form.getByRole('combobox', { name: 'Client' }).fill(typed)
    await this.page.getByRole('option', { name: option }).click()
  }

  async fillInvoice(form: Locator, entry: InvoiceEntry): Promise<void> {
    if (entry.number !== undefined) await form.getByRole('textbox', { name: /^N° (de facture|d’avoir)$/ }).fill(entry.number)
    if (entry.issueDate !== undefined) await form.getByLabel('Date d’émission').fill(entry.issueDate)
    if (entry.dueDate !== undefined) await form.getByLabel('Échéance', { exact: true }).fill(entry.dueDate)
    if (entry.amount !== undefined) await form.getByRole('textbox', { name: 'Montant TTC (€)' }).fill(entry.amount)
    if (entry.amountExclTax !== undefined) await form.getByRole('textbox', { name: 'Montant HT (€)' }).fill(entry.amountExclTax)
    if (entry.label !== undefined) await form.getByRole('textbox', { name: 'Libellé' }).fill(entry.label)
  }

  async saveInvoice(form: Locator): Promise<void> {
    await form.getByRole('button', { name: /^Enregistrer (la facture|l’avoir)$/ }).click()
  }

  // ---- payment form

  async startPayment(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Enregistrer un règlement' }).click()
    const form = this.page.getByRole('form', { name: 'Enregistrer un règlement' })
    await expect(form).toBeVisible()
    return form
  }

  paymentAmount(form: Locator): Locator {
    return form.getByRole('textbox', { name: 'Montant (€)' })
  }

  /** The "montant affecté" input of one invoice in the proposed allocation. */
  allocationLine(form: Locator, number: string): Locator {
    return form.getByRole('textbox', { name: `Montant affecté à ${number}` })
  }

  paymentTotal(form: Locator, label: 'Montant du règlement' | 'Total affecté' | 'Laissé en crédit du client'): Locator {
    return form.getByRole('list', { name: 'Totaux du règlement' }).getByRole('listitem').filter({ hasText: label })
  }

  async savePayment(form: Locator): Promise<void> {
    await form.getByRole('button', { name: 'Enregistrer le règlement' }).click()
  }
}

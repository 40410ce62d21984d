import { expect, type Locator, type Page } from '@playwright/test'

/** « 1 234,56 € » (narrow no-break spaces, as Intl writes them) → 123456 cents. */
export function centsOf(text: string): number {
  const euros = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.')
  return Math.round(Number(euros) * 100)
}

/** The Balance âgée page as a user sees it: figures, chart, filters, the client table and its exports. */
export class AgingPage {
  readonly table: Locator
  readonly chart: Locator

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Balance âgée par client' })
    this.chart = page.getByRole('img', { name: /Montant dû par ancienneté/ })
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url)
    await this.page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Balance âgée' }).click()
    await expect(this.page.getByRole('heading', { name: 'Balance âgée', level: 1 })).toBeVisible()
    await expect(this.table).toBeVisible()
  }

  /** The client rows (the drill-down rows and the totals row left out). */
  clientRows(): Locator {
    return this.table.locator('tbody > tr:not(.aging-detail-row)')
  }

  totalsRow(): Locator {
    return this.table.locator('tfoot tr')
  }

  /** A big figure above the table, by its caption. */
  figure(caption: 'Solde clients' | 'Échu' | 'DSO du dossier' | 'Clients'): Locator {
    return this.page.getByRole('listitem').filter({ hasText: caption }).locator('strong')
  }

  /** Every amount column of the table's rows, in cents: one array per row. */
  async amounts(rows: Locator): Promise<number[][]> {
    const texts = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td.num')].map((td) => td.textContent ?? '')))
    return texts.map((cells) => cells.map(centsOf))
  }

  async sortBy(column: string): Promise<void> {
    await this.table.getByRole('columnheader', { name: column }).getByRole('button').click()
  }

  /** Opens a client's open invoices under its row and returns that table. */
  async expand(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Factures ouvertes de ${name}` }).click()
    const detail = this.page.getByRole('table', { name: `Factures ouvertes de ${name}` })
    await expect(detail).toBeVisible()
    return detail
  }

  async onlyLate(): Promise<void> {
    await this.page.getByRole('checkbox', { name: 'En retard uniquement' }).check()
  }

  async asOf(date: string): Promise<void> {
    await this.page.getByLabel('Balance au').fill(date)
  }

  exportButton(format: 'CSV' | 'Excel' | 'PDF'): Locator {
    return this.page.getByRole('group', { name: 'Exporter la balance' }).getByRole('button', { name: format })
  }
}

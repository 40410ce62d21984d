import { expect, type Locator, type Page } from '@playwright/test'

/** The Relances page as a user sees it: channel tabs, the proposals of one, the invoices left out, the queue. */
export class RemindersPage {
  readonly notice: Locator
  readonly validateSelection: Locator
  readonly skipped: Locator
  readonly queue: Locator
  readonly asOf: Locator

  constructor(private readonly page: Page) {
    this.notice = page.getByRole('status')
    this.validateSelection = page.getByRole('button', { name: /^Valider la sélection/ })
    this.skipped = page.getByRole('table', { name: 'Factures écartées' })
    this.queue = page.getByRole('region', { name: 'Relances validées en attente' })
    this.asOf = page.getByLabel('Date des relances')
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url)
    await this.page.getByRole('link', { name: 'Relances' }).click()
    await expect(this.page.getByRole('heading', { name: 'Relances du jour', level: 1 })).toBeVisible()
  }

  tab(channel: RegExp): Locator {
    return this.page.getByRole('tab', { name: channel })
  }

  /** The proposals table of the selected channel. */
  proposals(): Locator {
    return this.page.getByRole('table', { name: /^Relances proposées/ })
  }

  row(clientName: string): Locator {
    return this.proposals().getByRole('row').filter({ hasText: clientName })
  }

  async select(clientName: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Sélectionner ${clientName}`, exact: true }).check()
  }
}

import { expect, type Locator, type Page } from '@playwright/test'

type Figure = 'Encours clients' | 'Échu' | 'DSO' | 'Encaissé ce mois-ci'

/** The Tableau de bord as a user sees it: four key figures, two charts, the largest debtors. */
export class DashboardPage {
  readonly figures: Locator
  readonly agingChart: Locator
  readonly agingTable: Locator
  readonly forecastChart: Locator
  readonly debtors: Locator

  constructor(private readonly page: Page) {
    this.figures = page.getByRole('list', { name: 'Chiffres clés' })
    this.agingChart = page.getByRole('img', { name: /^Encours par ancienneté/ })
    this.agingTable = page.getByRole('region', { name: 'Balance âgée' }).getByRole('table')
    this.forecastChart = page.getByRole('img', { name: /^Encaissements attendus/ })
    this.debtors = page.getByRole('table', { name: 'Les dix plus gros débiteurs' })
  }

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Tableau de bord' }).click()
    await expect(this.page.getByRole('heading', { name: 'Tableau de bord', level: 1 })).toBeVisible()
  }

  /** The card of one key figure: its label, its value (in bold), its explanation line. */
  figure(label: Figure): Locator {
    return this.figures.getByRole('listitem').filter({ has: this.page.getByText(label, { exact: true }) })
  }

  value(label: Figure): Locator {
    return this.figure(label).locator('strong')
  }

  debtorRows(): Locator {
    return this.debtors.locator('tbody').getByRole('row')
  }
}

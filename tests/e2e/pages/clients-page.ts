import { expect, type Locator, type Page } from '@playwright/test'

/** The Clients page as a user sees it: what they click and what they read. */
export class ClientsPage {
  readonly table: Locator
  readonly search: Locator

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Clients' })
    this.search = page.getByRole('searchbox', { name: /Rechercher un client/ })
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url)
    await this.page.getByRole('link', { name: 'Clients' }).click()
    await expect(this.page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible()
  }

  async startCreating(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nouveau client' }).click()
  }

  async fill(fields: Partial<Record<'code' | 'name' | 'address' | 'postalCode' | 'city' | 'email', string>>): Promise<void> {
    const labels = {
      code: 'Code client (compte auxiliaire)',
      name: 'Raison sociale ou nom',
      address: 'Adresse',
      postalCode: 'Code postal',
      city: 'Ville',
      email: 'E-mail de facturation',
    } as const
    for (const [field, value] of Object.entries(fields)) {
      await this.input(labels[field as keyof typeof labels]).fill(value)
    }
  }

  async chooseKind(kind: 'Professionnel' | 'Particulier'): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Type de client' }).selectOption({ label: kind })
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Enregistrer' }).click()
  }

  /** A text input by its accessible name; its error, when shown, is its accessible description. */
  input(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true })
  }

  row(text: string): Locator {
    return this.table.getByRole('row').filter({ hasText: text })
  }
}

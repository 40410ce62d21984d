import { expect, type Locator, type Page } from '@playwright/test'

/** The Import page as a user sees it: the file picker, the mapping screen, the outcome and the history. */
export class ImportPage {
  readonly mapping: Locator
  readonly preview: Locator
  readonly importButton: Locator
  /** What blocks the import, or that nothing does, beside « Importer ». */
  readonly readiness: Locator
  readonly result: Locator
  readonly failure: Locator
  readonly rejections: Locator
  readonly history: Locator
  /** « Vérification du fichier »: every line read before « Importer ». */
  readonly check: Locator

  constructor(private readonly page: Page) {
    this.mapping = page.getByRole('table', { name: 'Correspondance des colonnes' })
    this.preview = page.getByRole('table', { name: 'Premières lignes du fichier' })
    this.importButton = page.getByRole('button', { name: 'Importer', exact: true })
    this.readiness = page.locator('.import-actions').getByRole('status')
    this.result = page.getByRole('region', { name: 'Import terminé' })
    this.failure = page.getByRole('region', { name: /^Import refusé/ })
    this.rejections = page.getByRole('table', { name: 'Lignes en erreur' })
    this.history = page.getByRole('region', { name: 'Imports précédents' })
    this.check = page.getByRole('region', { name: 'Vérification du fichier' })
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url)
    await this.page.getByRole('link', { name: 'Import' }).click()
    await expect(this.page.getByRole('heading', { name: 'Import', level: 1 })).toBeVisible()
  }

  /** Picks a file as « Choisir un fichier… » would, and waits for its review. */
  async chooseFile(name: string, bytes: Buffer): Promise<void> {
    await this.page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: bytes })
    await expect(this.page.getByText(name, { exact: true })).toBeVisible()
    await expect(this.importButton).toBeVisible()
  }

  /** The select of the field a column of the file feeds. */
  field(header: string): Locator {
    return this.page.getByRole('combobox', { name: `Champ Encaisse pour la colonne « ${header} »` })
  }

  /** The label of the field a column feeds, as the select shows it. */
  mappedField(header: string): Locator {
    return this.field(header).locator('option:checked')
  }

  async mapColumn(header: string, fieldLabel: string): Promise<void> {
    await this.field(header).selectOption({ label: fieldLabel })
  }

  async startImport(): Promise<void> {
    await this.importButton.click()
  }

  /**
   * Waits for the outcome of an import started with « Importer ». The import runs as a job in
   * a thread of its own, whose start alone can take seconds on a loaded machine: more than the
   * usual 5 s of an expectation.
   */
  async awaitOutcome(): Promise<void> {
    await expect(this.result.or(this.failure)).toBeVisible({ timeout: 60_000 })
  }

  /** The rows of the errors table on the screen (the review's check, or a refusal's list). */
  rejectionRows(): Locator {
    return this.rejections.locator('tbody').getByRole('row')
  }

  historyRow(fileName: string): Locator {
    return this.history.getByRole('row').filter({ hasText: fileName })
  }

  /** Opens the confirmation of « Annuler le dernier import ». */
  async askUndoLast(): Promise<Locator> {
    await this.history.getByRole('button', { name: 'Annuler le dernier import' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Annuler le dernier import ?' })
    await expect(dialog).toBeVisible()
    return dialog
  }
}

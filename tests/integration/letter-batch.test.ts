import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PrintedJob } from '../../src-shared/contract/letter-batches'
import { letterDossier, type LetterDossier } from '../helpers/letter-dossier'
import { actionRow, validatedAction } from '../helpers/reminder-actions'
import { finishedBatch } from '../helpers/finished-batch'
import { createTestCore, type TestCore } from '../helpers/test-core'

let core: TestCore
let dossier: LetterDossier
beforeEach(async () => {
  core = createTestCore({ today: '2026-11-23' })
  dossier = await letterDossier(core)
})
afterEach(() => core.dispose())

const bytesOf = (file: { base64: string }) => Buffer.from(file.base64, 'base64')

function pdfPath(bytes: Buffer, name: string): string {
  const path = join(core.folder, name)
  writeFileSync(path, bytes)
  return path
}

/** One entry per page: its text with French spaces made plain and blanks collapsed. */
function pageTexts(path: string): string[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1])
  return Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), path, '-'], { encoding: 'utf8' })
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
}

const finished = (jobId: string) => finishedBatch(core, jobId)

/** « Marquer comme imprimé », followed to its end as the page follows it. */
async function markedPrinted(actionIds: number[], letterDate: string): Promise<PrintedJob> {
  const { jobId } = await core.ok('letters.markPrinted', { actionIds, letterDate })
  for (;;) {
    const job = await core.ok('letters.printedJob', { jobId })
    if (job.state !== 'running') return job
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

async function threeActions() {
  const ids = dossier.invoiceIds
  const notice = validatedAction(core.session.current.sqlite, { clientId: dossier.proId, templateCode: 'mise-en-demeure', channel: 'registered_letter', invoiceIds: [ids['FA-2026-0815']!, ids['FA-2026-0902']!] })
  const reminder = validatedAction(core.session.current.sqlite, { clientId: dossier.consumerId, templateCode: 'relance-2', channel: 'letter', invoiceIds: [ids['FA-2026-0950']!] })
  // An e-mail waits for the outbox, not for the printer.
  validatedAction(core.session.current.sqlite, { clientId: dossier.proId, templateCode: 'email-relance-1', channel: 'email', invoiceIds: [ids['FA-2026-0815']!] })
  return { notice, reminder }
}

describe('the print batch', () => {
  it('lists the validated letters waiting to be printed', async () => {
    const { notice, reminder } = await threeActions()
    const queue = await core.ok('letters.queue', {})
    expect(queue.map((letter) => [letter.actionId, letter.clientCode, letter.channel, letter.templateCode, letter.invoiceCount, letter.balanceCents])).toEqual([
      [notice, 'C0042', 'registered_letter', 'mise-en-demeure', 2, 5_234_56],
      [reminder, 'P0007', 'letter', 'relance-2', 1, 240_00],
    ])
  })

  it('merges the letters into one PDF, each starting on a recto, and writes one file per letter when asked', async () => {
    const { notice, reminder } = await threeActions()
    const folder = join(core.folder, 'courriers')
    const { jobId } = await core.ok('letters.startBatch', { actionIds: [reminder, notice], duplex: true, folder })
    const job = await finished(jobId)
    expect(job).toMatchObject({ state: 'done', done: 2, total: 2, refused: [] })
    expect(job.printed).toEqual([
      { actionId: reminder, clientName: 'Mme Zoé Lefèvre', pages: 1 },
      { actionId: notice, clientName: 'Établissements Dupré & Fils', pages: 2 },
    ])
    const merged = await core.ok('letters.batchPdf', { jobId })
    expect(merged.fileName).toBe('courriers-2026-11-23.pdf')
    const pages = pageTexts(pdfPath(bytesOf(merged), 'merged.pdf'))
    // The one-page reminder, a blank verso, then the two-page notice from a recto.
    expect(pages).toHaveLength(4)
    expect(pages[0]).toContain('Mme Zoé Lefèvre')
    expect(pages[0]).toContain('Objet : Deuxième relance : factures impayées')
    expect(pages[0]).toContain('FA-2026-0950')
    expect(pages[0]).toContain('1/1')
    expect(pages[1]).toBe('')
    expect(pages[2]).toContain('LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION')
    expect(pages[2]).toContain('Établissements Dupré & Fils')
    expect(pages[2]).toContain('1/2')
    expect(pages[3]).toContain('2/2')

    expect(readdirSync(folder).sort()).toEqual(['2026-11-23_mise-en-demeure_C0042_Etablissements-Dupre-Fils.pdf', '2026-11-23_relance-2_P0007_Mme-Zoe-Lefevre.pdf'])
    expect(job.files).toHaveLength(2)

    const simplex = await finished((await core.ok('letters.startBatch', { actionIds: [notice, reminder], duplex: false })).jobId)
    expect(pageTexts(pdfPath(bytesOf(await core.ok('letters.batchPdf', { jobId: simplex.jobId })), 'simplex.pdf'))).toHaveLength(3)
  })

  it('leaves out a letter the dossier cannot fill, saying why, and prints the others', async () => {
    const { notice, reminder } = await threeActions()
    core.session.current.sqlite.prepare('UPDATE clients SET address_line1 = NULL WHERE id = ?').run(dossier.consumerId)
    const job = await finished((await core.ok('letters.startBatch', { actionIds: [notice, reminder] })).jobId)
    expect(job.printed.map((letter) => letter.actionId)).toEqual([notice])
    expect(job.refused).toEqual([{ actionId: reminder, clientName: 'Mme Zoé Lefèvre', message: 'Il manque l’adresse du client (fiche du client).' }])
    const marked = await markedPrinted([notice, reminder], '2026-11-23')
    expect(marked.printed).toBe(1)
    expect(actionRow(core.session.current.sqlite, reminder).status).toBe('validated')
  })

  it('stops when cancelled', async () => {
    const ids = [] as number[]
    for (let i = 0; i < 40; i++) {
      ids.push(validatedAction(core.session.current.sqlite, { clientId: dossier.proId, templateCode: 'relance-1', channel: 'letter', invoiceIds: [dossier.invoiceIds['FA-2026-0815']!] }))
    }
    const { jobId } = await core.ok('letters.startBatch', { actionIds: ids })
    await core.ok('letters.cancelBatch', { jobId })
    const job = await finished(jobId)
    expect(job.state).toBe('cancelled')
    expect(job.done).toBeLessThan(40)
    expect((await core.refused('letters.batchPdf', { jobId })).code).toBe('CONFLICT')
  })
})

describe('letters validated on the Relances page', () => {
  it('are printed with the template their step names, and their e-mails queued with theirs', async () => {
    const { recorded } = await core.ok('dunning.validate', {})
    expect(recorded.map((action) => [action.clientCode, action.channel, action.templateCode])).toEqual([
      ['C0042', 'email', 'email-relance-1'],
      ['P0007', 'letter', 'relance-1'],
    ])
    const queue = await core.ok('letters.queue', {})
    expect(queue.map((letter) => [letter.clientCode, letter.templateCode, letter.templateName])).toEqual([['P0007', 'relance-1', 'Première relance']])
    const job = await finished((await core.ok('letters.startBatch', { actionIds: queue.map((letter) => letter.actionId) })).jobId)
    expect(job).toMatchObject({ state: 'done', refused: [] })
    expect(pageTexts(pdfPath(bytesOf(await core.ok('letters.batchPdf', { jobId: job.jobId })), 'validated.pdf')).join(' ')).toContain('FA-2026-0950')
    expect(await core.ok('mail.enqueue', {})).toEqual({ queued: 1, refused: [] })
  })
})

describe('marking a batch printed', () => {
  it('stores each letter on its action, byte for byte as printed, and shows it in the client file', async () => {
    const { notice, reminder } = await threeActions()
    const folder = join(core.folder, 'courriers')
    await finished((await core.ok('letters.startBatch', { actionIds: [notice, reminder], folder })).jobId)
    const marked = await markedPrinted([notice, reminder], '2026-11-23')
    expect(marked).toMatchObject({ state: 'done', printed: 2, refused: [], error: null })
    const row = actionRow(core.session.current.sqlite, notice)
    expect(row).toMatchObject({ status: 'printed', done_on: '2026-11-23' })
    const stored = await core.ok('letters.storedPdf', { actionId: notice })
    expect(stored.fileName).toBe('2026-11-23_mise-en-demeure_C0042_Etablissements-Dupre-Fils.pdf')
    expect(bytesOf(stored).equals(row.document_pdf!)).toBe(true)
    expect(bytesOf(stored).equals(readFileSync(join(folder, stored.fileName)))).toBe(true)

    expect(await core.ok('letters.clientLetters', { clientId: dossier.proId })).toEqual([
      { actionId: notice, printedOn: '2026-11-23', channel: 'registered_letter', status: 'printed', templateCode: 'mise-en-demeure', templateName: 'Mise en demeure (LRAR)', trackingNumber: null },
    ])
    const timeline = await core.ok('timeline.list', { clientId: dossier.proId })
    expect(timeline[0]).toMatchObject({ kind: 'reminder', occurredOn: '2026-11-23', body: 'Courrier imprimé : Mise en demeure (LRAR) (Mise en demeure de payer).' })
    expect(await core.ok('letters.queue', {})).toEqual([])
    // Printed once: marking again changes nothing.
    expect(await markedPrinted([notice], '2026-11-24')).toMatchObject({
      printed: 0,
      refused: [{ actionId: notice, clientName: 'Établissements Dupré & Fils', message: 'Ce courrier n’attend plus d’être imprimé.' }],
    })
    expect(actionRow(core.session.current.sqlite, notice).document_pdf!.equals(row.document_pdf!)).toBe(true)
  })

  it('backs the dossier up first: the backup holds the letters still waiting, so restoring it undoes the batch', async () => {
    const { notice, reminder } = await threeActions()
    const before = (await core.ok('backups.list', {})).backups.filter((backup) => backup.reason === 'avant-courriers')
    expect(before).toEqual([])
    const marked = await markedPrinted([notice, reminder], '2026-11-23')
    const taken = (await core.ok('backups.list', {})).backups.filter((backup) => backup.reason === 'avant-courriers')
    expect(taken.map((backup) => backup.name)).toEqual([marked.backup])
    const copy = new Database(join(taken[0]!.folder, taken[0]!.name), { readonly: true })
    try {
      const rows = copy.prepare('SELECT id, status, document_pdf IS NULL AS noPdf FROM reminder_actions WHERE id IN (?, ?) ORDER BY id').all(notice, reminder)
      expect(rows).toEqual([
        { id: notice, status: 'validated', noPdf: 1 },
        { id: reminder, status: 'validated', noPdf: 1 },
      ])
    } finally {
      copy.close()
    }
    expect(actionRow(core.session.current.sqlite, notice).status).toBe('printed')

    // Restoring it puts both letters back in the print queue.
    await core.ok('backups.restore', { name: marked.backup! })
    expect((await core.ok('letters.queue', {})).map((letter) => letter.actionId).sort()).toEqual([notice, reminder].sort())
  })

  it('marks nothing when cancelled', async () => {
    const ids = [] as number[]
    for (let i = 0; i < 40; i++) {
      ids.push(validatedAction(core.session.current.sqlite, { clientId: dossier.proId, templateCode: 'relance-1', channel: 'letter', invoiceIds: [dossier.invoiceIds['FA-2026-0815']!] }))
    }
    const { jobId } = await core.ok('letters.markPrinted', { actionIds: ids, letterDate: '2026-11-23' })
    await core.ok('letters.cancelPrinted', { jobId })
    let job = await core.ok('letters.printedJob', { jobId })
    while (job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 20))
      job = await core.ok('letters.printedJob', { jobId })
    }
    expect(job.state).toBe('cancelled')
    expect(core.session.current.sqlite.prepare("SELECT count(*) AS n FROM reminder_actions WHERE status = 'printed'").get()).toEqual({ n: 0 })
  })

  it('lists the registered letters on a bordereau, then takes each number typed after posting', async () => {
    const { notice, reminder } = await threeActions()
    const bordereau = pageTexts(pdfPath(bytesOf(await core.ok('letters.registeredList', { actionIds: [notice, reminder] })), 'bordereau.pdf'))
    expect(bordereau[0]).toContain('Bordereau des lettres recommandées avec accusé de réception du 23/11/2026')
    expect(bordereau[0]).toContain('Expéditeur : Atelier Mercier SARL, 8 rue de l’Œuvre, 34000 Montpellier — 1 envoi')
    expect(bordereau[0]).toContain('1 Établissements Dupré & Fils (C0042) Mise en demeure (LRAR) ______')
    expect(bordereau[0]).toContain('12 avenue de la Cœur-Volant, Bâtiment « Le Garçonnet », 78160 Marly-le-Roi')
    expect(bordereau[0]).not.toContain('Zoé')

    await markedPrinted([notice, reminder], '2026-11-23')
    expect((await core.ok('letters.registered', {})).map((letter) => letter.actionId)).toEqual([notice])
    const bad = await core.refused('letters.setTrackingNumber', { actionId: notice, trackingNumber: '12345' })
    expect(bad.details?.fields?.trackingNumber).toBe('Numéro de recommandé invalide : 13 caractères, comme 1A 123 456 7890 1.')
    expect(await core.ok('letters.setTrackingNumber', { actionId: notice, trackingNumber: '1a 123 456 7890 1' })).toMatchObject({ trackingNumber: '1A12345678901' })
    expect(await core.ok('letters.registered', {})).toEqual([])
    expect((await core.refused('letters.setTrackingNumber', { actionId: reminder, trackingNumber: '1A12345678901' })).code).toBe('NOT_FOUND')
  })
})

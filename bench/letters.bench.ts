import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDossier } from '../src-main/data/open-dossier'
import { renderLetterBatch } from '../src-main/documents/letters/letter-batch'
import { callChannel, startCoreThread } from '../src-main/worker/core-thread'
import { BENCH_TODAY, benchDossier, REPO_ROOT } from './generate-dossier'
import type { Benchmark } from './types'

/**
 * The letters budget (#12): 1,000 validated reminder letters of the benchmark dossier
 * (20,000 clients, 200,000 invoices), each with its late invoices and, for the second
 * reminders and formal notices, the penalty statement, rendered into one merged PDF for
 * duplex printing. The figures are the time of renderLetterBatch alone and the highest
 * resident memory seen while it ran.
 */

const LETTERS = Number(process.env.LETTERS_BENCH_COUNT ?? 1_000)
const TEMPLATES = ['relance-1', 'relance-2', 'mise-en-demeure'] as const

interface Measure {
  seconds: number
  peakRssMb: number
  pages: number
  bytes: number
}

let measured: Promise<Measure> | null = null

/** A copy of the benchmark dossier in `folder` with the company's identity and 1,000 validated letters waiting; their action ids. */
function dossierWithLetters(folder: string): { path: string; actionIds: number[] } {
  const path = join(folder, 'letters.sqlite')
  copyFileSync(benchDossier(), path)
  const dossier = openDossier(path, { now: new Date(), migrationsFolder: join(REPO_ROOT, 'migrations') })
  try {
    const sqlite = dossier.sqlite
    sqlite
      .prepare(
        `UPDATE company SET legal_name = 'Atelier Mercier SARL', legal_form = 'SARL', capital_cents = 1000000, siren = '732829320',
         siret = '73282932000074', rcs_city = 'Montpellier', vat_number = 'FR44732829320', address_line1 = '8 rue de l''Œuvre',
         postal_code = '34000', city = 'Montpellier', iban = 'FR7630006000011234567890189', bic = 'AGRIFRPP',
         signatory_name = 'Claire Mercier', signatory_title = 'Gérante' WHERE id = 1`,
      )
      .run()
    // The first 1,000 clients with an address and late open invoices, each with one validated letter covering them.
    const clients = sqlite
      .prepare(
        `SELECT c.id FROM clients c WHERE c.address_line1 IS NOT NULL AND c.city IS NOT NULL
           AND EXISTS (SELECT 1 FROM invoices i WHERE i.client_id = c.id AND i.kind = 'invoice' AND i.settled_cents < i.amount_cents AND i.due_date < ?)
         ORDER BY c.id LIMIT ?`,
      )
      .pluck()
      .all(BENCH_TODAY, LETTERS) as number[]
    if (clients.length < LETTERS) throw new Error(`only ${clients.length} clients with late invoices and an address`)
    const template = sqlite.prepare('SELECT id FROM templates WHERE code = ?').pluck()
    const insertAction = sqlite.prepare(
      `INSERT INTO reminder_actions (client_id, channel, planned_on, status, dedup_key, template_id) VALUES (?, ?, ?, 'validated', ?, ?)`,
    )
    const linkInvoices = sqlite.prepare(
      `INSERT INTO reminder_action_invoices (action_id, invoice_id, balance_cents)
       SELECT ?, id, amount_cents - settled_cents FROM invoices WHERE client_id = ? AND kind = 'invoice' AND settled_cents < amount_cents AND due_date < ?`,
    )
    const actionIds = sqlite.transaction(() =>
      clients.map((clientId, i) => {
        const code = TEMPLATES[i % TEMPLATES.length]!
        const channel = code === 'mise-en-demeure' ? 'registered_letter' : 'letter'
        const id = Number(insertAction.run(clientId, channel, BENCH_TODAY, `bench:${clientId}`, template.get(code)).lastInsertRowid)
        linkInvoices.run(id, clientId, BENCH_TODAY)
        return id
      }),
    )()
    return { path, actionIds }
  } finally {
    dossier.close()
  }
}

async function measure(): Promise<Measure> {
  const folder = mkdtempSync(join(tmpdir(), 'encaisse-letters-'))
  const { path, actionIds } = dossierWithLetters(folder)
  const dossier = openDossier(path, { now: new Date(), migrationsFolder: join(REPO_ROOT, 'migrations') })
  try {
    let peak = process.memoryUsage().rss
    const started = performance.now()
    const outcome = await renderLetterBatch(
      dossier.db,
      actionIds,
      { letterDate: BENCH_TODAY, duplex: true },
      () => {
        peak = Math.max(peak, process.memoryUsage().rss)
      },
      new AbortController().signal,
    )
    const seconds = (performance.now() - started) / 1000
    if (outcome.printed.length !== LETTERS) throw new Error(`${outcome.refused.length} letters refused: ${outcome.refused[0]?.message}`)
    const pages = outcome.printed.reduce((sum, letter) => sum + letter.pages + (letter.pages % 2), 0)
    console.log(`  ${LETTERS} letters, ${pages} pages, ${(outcome.pdf.length / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s, peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`)
    return { seconds, peakRssMb: peak / 2 ** 20, pages, bytes: outcome.pdf.length }
  } finally {
    dossier.close()
    rmSync(folder, { recursive: true, force: true })
  }
}

const once = () => (measured ??= measure())

/**
 * « letters responsiveness »: the batch as the Courriers page starts it, through the core in
 * its worker thread, the batch in a job thread of its own (#9). Every 100 ms until it ends,
 * the page's poll (`letters.batch`) then `dashboard.summary` (the user leaving for the
 * dashboard); the figure is the longest wait for either.
 */
async function longestWaitDuringBatchMs(): Promise<number> {
  const folder = mkdtempSync(join(tmpdir(), 'encaisse-letters-responsive-'))
  try {
    const { path, actionIds } = dossierWithLetters(folder)
    const core = await startCoreThread({ appRoot: REPO_ROOT, dossierPath: path, userData: join(folder, 'user'), today: BENCH_TODAY })
    try {
      await callChannel(core, 'dashboard.summary', {})
      const started = await callChannel(core, 'letters.startBatch', { actionIds, duplex: true })
      if (!started.ok) throw new Error(`letters.startBatch refused: ${started.error.message}`)
      const waits: number[] = []
      const timed = async <T>(call: () => Promise<T>): Promise<T> => {
        const asked = performance.now()
        const answer = await call()
        waits.push(performance.now() - asked)
        return answer
      }
      const begun = performance.now()
      for (;;) {
        const tick = performance.now()
        const polled = await timed(() => callChannel(core, 'letters.batch', { jobId: started.data.jobId }))
        if (!polled.ok) throw new Error(`letters.batch refused: ${polled.error.message}`)
        if (polled.data.state !== 'rendering') {
          if (polled.data.state !== 'done' || polled.data.printed.length !== actionIds.length) throw new Error(`the batch ended ${polled.data.state}: ${polled.data.error}`)
          break
        }
        const summary = await timed(() => callChannel(core, 'dashboard.summary', {}))
        if (!summary.ok) throw new Error(`dashboard.summary refused during the batch: ${summary.error.message}`)
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, 100 - (performance.now() - tick))))
      }
      const sorted = [...waits].sort((a, b) => a - b)
      console.log(
        `  batch ${((performance.now() - begun) / 1000).toFixed(1)} s; ${waits.length} calls answered meanwhile, median ${sorted[sorted.length >> 1]!.toFixed(0)} ms, longest ${sorted[sorted.length - 1]!.toFixed(0)} ms`,
      )
      return sorted[sorted.length - 1]!
    } finally {
      await core.close()
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

export const benchmarks: Benchmark[] = [
  { name: 'letters: 1,000 letters into one merged PDF', unit: 's', budget: 20, run: async () => (await once()).seconds },
  { name: 'letters: peak RSS while rendering them', unit: 'MiB', budget: 1024, run: async () => (await once()).peakRssMb },
  {
    name: 'letters responsiveness: longest wait of dashboard.summary (every 100 ms) or letters.batch during a 1,000-letter batch',
    unit: 'ms',
    budget: 200,
    run: longestWaitDuringBatchMs,
  },
]

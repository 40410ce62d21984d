import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportJob } from '../../src-shared/contract/imports'
import { fecText, generateLedger } from '../fixtures/ledger-generator'
import { uploadFile } from '../helpers/staged-upload'
import { startThreadCore, type ThreadCore } from '../helpers/thread-core'

// A FEC large enough that its write phase lasts the best part of a second (about
// 80,000 lines, 50,000 rows to write), so calls and a cancel land inside it.
const ledger = generateLedger({ seed: 909, clients: 1500, invoicesPerClient: 12, subLedger: true })
const FEC = Buffer.from(fecText(ledger, { separator: '|', newline: '\r\n', paddedAmounts: true }), 'utf8')

/** Starting the core's thread compiles its sources (tsx) in that thread: slow on a busy machine. */
const THREAD_START_MS = 60_000

let core: ThreadCore
beforeEach(async () => {
  core = await startThreadCore()
}, THREAD_START_MS)
afterEach(async () => {
  await core.dispose()
}, THREAD_START_MS)

async function startImport(): Promise<string> {
  const uploadId = await uploadFile(core, 'FEC-gros.txt', FEC)
  return (await core.ok('imports.start', { uploadId })).jobId
}

/** Polls the job as the import screen does, until `until` holds. */
async function follow(jobId: string, until: (job: ImportJob) => boolean): Promise<ImportJob> {
  for (;;) {
    const job = await core.ok('imports.job', { jobId })
    if (until(job)) return job
    if (job.state !== 'reading' && job.state !== 'writing') throw new Error(`job ended ${job.state} before the expected moment`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

const ended = (job: ImportJob) => job.state !== 'reading' && job.state !== 'writing'
const writingRows = (job: ImportJob) => job.state === 'writing' && job.bytesRead > 0

describe('long jobs in their own thread', () => {
  it('answers reads from its own connection while an import writes (the dossier as it was until the commit), and refuses writes at once', async () => {
    const jobId = await startImport()
    await follow(jobId, writingRows)
    const during = await core.ok('dashboard.summary', {})
    const clients = await core.ok('clients.list', {})
    // A write meanwhile is refused at once, in French, instead of waiting for the import's transaction.
    const write = await core.call('clients.create', { code: '411NEUF', name: 'Client saisi pendant l’import', kind: 'pro' })
    const still = await core.ok('imports.job', { jobId })
    expect(still.state).toBe('writing')
    expect(during.outstandingCents).toBe(0)
    expect(clients).toEqual([])
    expect(write).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Dossier occupé par') } })

    const done = await follow(jobId, ended)
    expect(done.state).toBe('done')
    expect(done.summary?.clients.created).toBe(1500)
    expect((await core.ok('dashboard.summary', {})).outstandingCents).toBeGreaterThan(0)
    expect(core.count('clients')).toBe(1500)
  })

  it('cancels an import during its write phase: the transaction rolls back, nothing is written, and the file can be imported again', async () => {
    const jobId = await startImport()
    const writing = await follow(jobId, writingRows)
    expect(writing.bytesRead).toBeLessThan(writing.totalBytes)
    const asked = await core.ok('imports.cancel', { jobId })
    expect(asked.state).toBe('writing')
    const cancelled = await follow(jobId, ended)
    expect(cancelled).toMatchObject({ state: 'cancelled', summary: null, error: null })
    for (const table of ['clients', 'invoices', 'payments', 'allocations', 'import_batches']) expect(core.count(table), table).toBe(0)

    const again = await follow(await startImport(), ended)
    expect(again.state).toBe('done')
    expect(core.count('import_batches')).toBe(1)
  })

  it('cancels an import while its file is read', async () => {
    const jobId = await startImport()
    await core.ok('imports.cancel', { jobId })
    expect((await follow(jobId, ended)).state).toBe('cancelled')
    expect(core.count('import_batches')).toBe(0)
  })

  it('refuses a second job while one runs, in French, and knows no job of another kind by that id', async () => {
    const jobId = await startImport()
    const second = await core.call('imports.start', { uploadId: await uploadFile(core, 'autre.txt', FEC) })
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Un import est déjà en cours : attendez sa fin ou annulez-le.' } })
    expect(await core.call('imports.job', { jobId: 'inconnu' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    await core.ok('imports.cancel', { jobId })
    await follow(jobId, ended)
  })
})

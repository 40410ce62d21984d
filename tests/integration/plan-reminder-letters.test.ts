import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { formatEuros } from '../../src-shared/money'
import { letterDossier, type LetterDossier } from '../helpers/letter-dossier'
import { finishedBatch } from '../helpers/finished-batch'
import { createTestCore, type TestCore } from '../helpers/test-core'

let core: TestCore
let dossier: LetterDossier
beforeEach(async () => {
  core = createTestCore({ today: '2026-11-23' })
  dossier = await letterDossier(core)
})
afterEach(() => core.dispose())

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')
function pdfText(base64: string): string {
  const path = join(core.folder, `letter-${Math.random().toString(36).slice(2)}.pdf`)
  writeFileSync(path, Buffer.from(base64, 'base64'))
  return plain(execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })).replace(/\s+/g, ' ')
}

const finished = (jobId: string) => finishedBatch(core, jobId)

/** An accepted plan of three monthly instalments from 10 December, its reminders sent by post. */
async function acceptedPlan() {
  await core.ok('plans.saveSettings', { floorCents: 0, graceDays: 5, breakDays: 15, reminderBeforeDays: 3, reminderBeforeChannel: 'letter' })
  const { id } = await core.ok('plans.create', { clientId: dossier.proId, instalmentCount: 3, firstDate: '2026-12-10' })
  return core.ok('plans.accept', { planId: id, acceptedOn: '2026-11-23' })
}

describe('the letters of a plan’s reminders', () => {
  it('prints a validated missed-instalment reminder with the instalment it concerns and what is left on it', async () => {
    const plan = await acceptedPlan()
    const first = plan.instalments.find((row) => row.sequence === 1)!
    // Half of the first instalment paid late, then the grace period over.
    await core.ok('payments.record', {
      clientId: dossier.proId,
      date: '2026-12-12',
      amountCents: 200_00,
      method: 'virement',
      allocation: [{ invoiceId: plan.invoices[0]!.invoiceId, amountCents: 200_00 }],
    })
    const day = await core.ok('plans.reminders', { asOf: '2026-12-16' })
    const missed = day.reminders.find((reminder) => reminder.kind === 'missed' && reminder.instalmentId === first.id)!
    expect(missed).toMatchObject({ channel: 'letter', templateCode: 'echeance-impayee', amountDueCents: first.amountCents - 200_00 })
    const { recorded } = await core.ok('plans.validateReminders', {
      asOf: '2026-12-16',
      items: [{ instalmentId: missed.instalmentId, kind: missed.kind, dedupKey: missed.dedupKey }],
    })
    expect(recorded).toHaveLength(1)

    // It waits in the print queue under its template, and prints from the plan's tracking on the letter's date.
    expect((await core.ok('letters.queue', {})).map((letter) => [letter.actionId, letter.templateCode])).toEqual([[recorded[0], 'echeance-impayee']])
    const job = await finished((await core.ok('letters.startBatch', { actionIds: recorded, letterDate: '2026-12-16' })).jobId)
    expect(job).toMatchObject({ state: 'done', refused: [] })
    const text = pdfText((await core.ok('letters.batchPdf', { jobId: job.jobId })).base64)
    expect(text).toContain('Objet : Échéance impayée de votre échéancier')
    expect(text).toContain(
      `L’échéance n° 1 du 10 décembre 2026, d’un montant de ${plain(formatEuros(first.amountCents))}, prévue à l’échéancier convenu le 23 novembre 2026, ne nous est pas parvenue : il en reste ${plain(formatEuros(first.amountCents - 200_00))} à régler.`,
    )
    expect(text).toContain('Nous vous rappelons qu’une échéance restée impayée 20 jours après sa date rompt l’échéancier')
  })

  it('writes the courtesy reminder before an instalment, by hand from the client file, for the next instalment to pay', async () => {
    const plan = await acceptedPlan()
    const first = plan.instalments.find((row) => row.sequence === 1)!
    const file = await core.ok('letters.render', { clientId: dossier.proId, code: 'rappel-echeance', asOf: '2026-12-07' })
    expect(pdfText(file.base64)).toContain(
      `l’échéance n° 1 de l’échéancier convenu le 23 novembre 2026, d’un montant de ${plain(formatEuros(first.amountCents))}, arrive à échéance le 10 décembre 2026.`,
    )
  })
})

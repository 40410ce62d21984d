import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { formatEuros } from '../../src-shared/money'
import { letterDossier, type LetterDossier } from '../helpers/letter-dossier'
import { createTestCore, type TestCore } from '../helpers/test-core'

let core: TestCore
let dossier: LetterDossier
beforeEach(async () => {
  core = createTestCore({ today: '2026-11-23' })
  dossier = await letterDossier(core)
})
afterEach(() => core.dispose())

let files = 0
/** The PDF's text as pdftotext lays it out, French spaces made plain and blanks folded. */
function pdfText(bytes: Buffer, layout = true): string {
  const path = join(core.folder, `agreement-${++files}.pdf`)
  writeFileSync(path, bytes)
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[ \t]+/g, ' ')
}
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')
const euros = (cents: number) => plain(formatEuros(cents))
/** « 1 234,56 € » back into cents. */
const cents = (text: string) => Math.round(Number(text.replace(/[ €]/g, '').replace(',', '.')) * 100)

async function agreement(planId: number): Promise<Buffer> {
  const file = await core.ok('plans.agreementPdf', { planId })
  expect(file.mimeType).toBe('application/pdf')
  expect(file.fileName).toBe('2026-11-23_protocole-echeancier_C0042_Etablissements-Dupre-Fils.pdf')
  return Buffer.from(file.base64, 'base64')
}

describe('the payment-plan agreement (protocole d’échéancier)', () => {
  it('prints the schedule, what the plan covers, the breach clause and both signature blocks; the rows add up to the total', async () => {
    const { id } = await core.ok('plans.create', {
      clientId: dossier.proId,
      penalties: 'freeze',
      downPaymentCents: 500_00,
      instalmentCount: 4,
      frequency: 'month',
      firstDate: '2026-12-31',
    })
    const plan = await core.ok('plans.get', { planId: id })
    const text = pdfText(await agreement(id))

    // The schedule: the down payment then each instalment, date, amount and what remains after it.
    const rows = [...text.matchAll(/^ *(Acompte|n° \d+) (\d\d\/\d\d\/\d{4}) ([\d ]+,\d\d €) ([\d ]+,\d\d €) *$/gm)]
    expect(rows.map((row) => row[1])).toEqual(['Acompte', 'n° 1', 'n° 2', 'n° 3', 'n° 4'])
    expect(rows.map((row) => row[2])).toEqual(['23/11/2026', '31/12/2026', '31/01/2027', '28/02/2027', '31/03/2027'])
    expect(rows.map((row) => cents(row[3]!))).toEqual(plan.instalments.map((row) => row.amountCents))
    const amounts = rows.map((row) => cents(row[3]!))
    const total = amounts.reduce((sum, amount) => sum + amount, 0)
    expect(total).toBe(plan.coveredCents)
    // Each « remaining after » is what the rows below it still add up to.
    rows.forEach((row, index) => expect(cents(row[4]!)).toBe(amounts.slice(index + 1).reduce((sum, amount) => sum + amount, 0)))
    expect(text).toMatch(new RegExp(`Total ${euros(plan.coveredCents)}`))

    const prose = text.replace(/\s+/g, ' ')
    expect(prose).toContain(`principal restant dû s’élève à ${euros(plan.principalCents)} au 23 novembre 2026`)
    expect(prose).toContain(`L’échéancier porte ainsi sur un total de ${euros(plan.coveredCents)}.`)
    expect(prose).toContain(`soit ${euros(plan.interestCents + plan.indemnityCents)}, restent dues en dehors de l’échéancier ; elles sont gelées`)
    expect(prose).toContain(`Un acompte de 500,00 € est à verser le 23 novembre 2026 ; le solde, soit ${euros(plan.coveredCents - 500_00)}, est réglé en 4 échéances`)
    expect(prose).toContain('un rappel vous sera adressé 5 jours après celle-ci. Si elle reste impayée 20 jours après sa date, l’échéancier sera rompu de plein droit')
    expect(prose).toContain('la totalité des sommes restant dues deviendra immédiatement exigible')
    expect(prose).toContain('les pénalités de retard courront de nouveau à compter de la date de rupture')
    expect(prose).toContain('Pour Atelier Mercier SARL')
    expect(prose).toContain('Pour Établissements Dupré & Fils')
    expect(prose.match(/Mention manuscrite « Bon pour accord » :/g)).toHaveLength(2)
    expect(prose.match(/Signature :/g)).toHaveLength(2)
  })

  it('says the penalties are included, or waived if the plan is kept, with their amounts', async () => {
    const included = await core.ok('plans.create', { clientId: dossier.proId, penalties: 'include', instalmentCount: 3, firstDate: '2026-12-15' })
    const plan = await core.ok('plans.get', { planId: included.id })
    expect(plan.coveredCents).toBe(plan.principalCents + plan.interestCents + plan.indemnityCents)
    const prose = pdfText(await agreement(included.id)).replace(/\s+/g, ' ')
    expect(prose).toContain(
      `Les pénalités de retard (${euros(plan.interestCents)}) et les indemnités forfaitaires pour frais de recouvrement (${euros(plan.indemnityCents)}) acquises au 23 novembre 2026, soit ${euros(plan.interestCents + plan.indemnityCents)}, sont incluses dans l’échéancier.`,
    )
    expect(prose).toContain('Cette somme est réglée en 3 échéances')

    await core.ok('plans.cancel', { planId: included.id, reason: 'Essai' })
    const waived = await core.ok('plans.create', { clientId: dossier.proId, penalties: 'waive', instalmentCount: 3, firstDate: '2026-12-15' })
    expect(pdfText(await agreement(waived.id)).replace(/\s+/g, ' ')).toContain('ne vous sont pas réclamées : nous y renonçons si l’échéancier est intégralement respecté')
  })

  it('prints the same bytes each time for the same plan', async () => {
    const { id } = await core.ok('plans.create', { clientId: dossier.proId, instalmentCount: 6, firstDate: '2026-12-05' })
    const first = await agreement(id)
    expect((await agreement(id)).equals(first)).toBe(true)
  })

  it('refuses an unknown plan', async () => {
    expect((await core.refused('plans.agreementPdf', { planId: 999 })).code).toBe('NOT_FOUND')
  })
})

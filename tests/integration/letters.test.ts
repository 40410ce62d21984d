import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { WINDOW_ZONE_MM } from '../../src-main/documents/letters/letter-geometry'
import { COMPANY, letterDossier, type LetterDossier } from '../helpers/letter-dossier'
import { createTestCore, type TestCore } from '../helpers/test-core'

let core: TestCore
let dossier: LetterDossier
beforeEach(async () => {
  core = createTestCore({ today: '2026-11-23' })
  dossier = await letterDossier(core)
})
afterEach(() => core.dispose())

async function letterBytes(clientId: number, code: string, asOf?: string): Promise<Buffer> {
  const file = await core.ok('letters.render', { clientId, code, asOf })
  expect(file.mimeType).toBe('application/pdf')
  return Buffer.from(file.base64, 'base64')
}

let fileCount = 0
function pdfFile(bytes: Buffer): string {
  const path = join(core.folder, `letter-${++fileCount}.pdf`)
  writeFileSync(path, bytes)
  return path
}

/**
 * The PDF's text as pdftotext lays it out (a table row stays on one line), French spaces
 * (narrow, no-break) made plain and every run of blanks one space, so that a paragraph
 * reads as one sentence whatever its justification.
 */
function pdfText(bytes: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdfFile(bytes), '-'], { encoding: 'utf8' })
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
}

interface Word {
  page: number
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

/** Every word with its box in millimetres from the top-left corner of its page (pdftotext -bbox). */
function pdfWords(bytes: Buffer): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdfFile(bytes), '-'], { encoding: 'utf8' })
  const words: Word[] = []
  let page = 0
  const toMm = (points: string) => (Number(points) * 25.4) / 72
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++
    const match = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line)
    if (match) {
      const text = match[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
      words.push({ page, text, xMin: toMm(match[1]!), yMin: toMm(match[2]!), xMax: toMm(match[3]!), yMax: toMm(match[4]!) })
    }
  }
  return words
}

const LETTERS = ['relance-courtoisie', 'relance-1', 'relance-2', 'mise-en-demeure', 'dernier-avis']

describe('letters rendered from the built-in templates', () => {
  it('seeds the agreed templates, listed with their channel', async () => {
    const list = await core.ok('templates.list', {})
    expect(list.map((t) => `${t.code} ${t.channel}`)).toEqual([
      'relance-courtoisie letter',
      'relance-1 letter',
      'relance-2 letter',
      'mise-en-demeure registered_letter',
      'dernier-avis letter',
      'protocole-echeancier letter',
      'rappel-echeance letter',
      'echeance-impayee letter',
      'email-relance-courtoisie email',
      'email-relance-1 email',
      'email-relance-2 email',
      'email-mise-en-demeure email',
      'email-dernier-avis email',
      'email-rappel-echeance email',
      'email-echeance-impayee email',
      'script-appel phone',
    ])
    expect(list.every((t) => !t.modified)).toBe(true)
  })

  it.each(LETTERS)('%s: the invoices, amounts, dates, names and French glyphs are all in the PDF', async (code) => {
    const text = pdfText(await letterBytes(dossier.proId, code))
    for (const expected of [
      'Atelier Mercier SARL',
      '8 rue de l’Œuvre',
      'Établissements Dupré & Fils',
      '12 avenue de la Cœur-Volant',
      'Bâtiment « Le Garçonnet »',
      '78160 MARLY-LE-ROI',
      'Montpellier, le 23 novembre 2026',
      'Réf. client : C0042',
      // The two late invoices with their dates and balances, the 4 000 € left after the partial payment.
      'FA-2026-0815 01/08/2026 31/08/2026 1 234,56 € 0,00 € 1 234,56 € 84 j',
      'FA-2026-0902 02/09/2026 02/10/2026 5 000,00 € 1 000,00 € 4 000,00 € 52 j',
      'Claire Mercier Gérante',
      'SARL au capital de 10 000,00 € — RCS Montpellier 732829320 — SIRET 73282932000074',
      'FR76 3000 6000 0112 3456 7890 189',
      '1/1',
    ]) {
      if (code === 'mise-en-demeure' && expected === '1/1') continue
      expect(text).toContain(expected)
    }
  })

  it('puts every penalty line of the engine in the formal notice, with the 40 € and the deadline', async () => {
    const text = pdfText(await letterBytes(dossier.proId, 'mise-en-demeure'))
    expect(text).toContain('LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION')
    expect(text).toContain('Objet : Mise en demeure de payer')
    // 1 234,56 € × 12,15 % × 84 / 365 = 34,52 €; 5 000 € for 18 days, then 4 000 € for 34 days.
    expect(text).toContain('du 01/09/2026 au 23/11/2026 84 1 234,56 € 12,15 % 34,52 €')
    expect(text).toContain('du 03/10/2026 au 20/10/2026 18 5 000,00 € 12,15 % 29,96 €')
    expect(text).toContain('du 21/10/2026 au 23/11/2026 34 4 000,00 € 12,15 % 45,27 €')
    expect(text).toContain('Total des pénalités de retard 109,75 €')
    expect(text).toContain('Total des indemnités forfaitaires 80,00 €')
    // The label runs on over the empty cells beside it, never cut with « … ».
    expect(text).toContain('Indemnité forfaitaire pour frais de recouvrement 40,00 €')
    expect(text).not.toContain('…')
    expect(text).toContain('Total dû au 23/11/2026 5 424,31 €')
    expect(text).toContain('la somme de 5 424,31 € dans un délai de quinze jours, soit au plus tard le 8 décembre 2026')
    expect(text).toContain('article D441-5')
    expect(text).toContain('1/2')
    expect(text).toContain('2/2')
    // The missing 2026-H2 rate is said on the letter, as DESIGN §4 wants.
    expect(text).toContain('Taux du 2e semestre 2026 non renseigné')
  })

  it('writes a consumer’s formal notice without the 40 € and with interest from the notice', async () => {
    const text = pdfText(await letterBytes(dossier.consumerId, 'mise-en-demeure'))
    expect(text).toContain('Mme Zoé Lefèvre')
    expect(text).toContain('la somme de 240,00 €')
    expect(text).toContain('articles 1231-6 et 1344-1 du Code civil')
    expect(text).not.toMatch(/(^|[^\d])40,00 €/)
    expect(text).not.toContain('40 €')
    expect(text).not.toContain('D441-5')
    expect(text).not.toContain('L441-10')
  })

  it('lists the invoice not yet due in the courtesy reminder only', async () => {
    expect(pdfText(await letterBytes(dossier.proId, 'relance-courtoisie'))).toContain('FA-2026-1120 20/11/2026 20/12/2026 99,00 € 0,00 € 99,00 € à échoir')
    expect(pdfText(await letterBytes(dossier.proId, 'relance-1'))).not.toContain('FA-2026-1120')
  })

  it('fills e-mails and the call script as text, the e-mail with its PDF', async () => {
    const mail = await core.ok('letters.preview', { clientId: dossier.proId, code: 'email-relance-2' })
    expect(mail.subject).toBe('Deuxième relance : factures impayées — Atelier Mercier SARL')
    const mailText = mail.text!.replace(/[\u00a0\u202f]/g, ' ')
    expect(mailText).toContain('- Facture FA-2026-0902 du 02/09/2026, échéance 02/10/2026 : 5 000,00 €, reste dû 4 000,00 €')
    expect(mailText).toContain('la somme de 5 424,31 € au plus tard le 1er décembre 2026')
    // The attachment is the letter of the same step, with the penalty statement the e-mail announces.
    const attached = pdfText(Buffer.from(mail.pdfBase64!, 'base64'))
    expect(attached).toContain('Objet : Deuxième relance : factures impayées')
    expect(attached).toContain('Total dû au 23/11/2026 5 424,31 €')
    const script = await core.ok('letters.preview', { clientId: dossier.proId, code: 'script-appel' })
    expect(script.pdfBase64).toBeNull()
    expect(script.text!.replace(/[\u00a0\u202f]/g, ' ')).toContain('Le total restant dû est de 5 234,56 €')
  })
})

describe('the address block and the envelope window', () => {
  async function recipientWords(code: string): Promise<{ words: Word[]; all: Word[] }> {
    const all = pdfWords(await letterBytes(dossier.proId, code)).filter((word) => word.page === 1)
    const lines = ['Établissements Dupré & Fils', '12 avenue de la Cœur-Volant', 'Bâtiment « Le Garçonnet »', '78160 MARLY-LE-ROI']
    const wanted = lines.flatMap((line) => line.split(' '))
    // Each word of the address, found once, in reading order after the letterhead.
    const start = all.findIndex((word, i) => word.text === 'Établissements' && all[i + 1]?.text === 'Dupré')
    const words = all.slice(start, start + wanted.length)
    expect(words.map((word) => word.text)).toEqual(wanted)
    return { words, all }
  }

  it('keeps the recipient inside 105–195 mm from the left and 55–85 mm from the top, the LRAR mention above it', async () => {
    const { words, all } = await recipientWords('mise-en-demeure')
    for (const word of words) {
      expect(word.xMin).toBeGreaterThanOrEqual(WINDOW_ZONE_MM.right.left)
      expect(word.xMax).toBeLessThanOrEqual(WINDOW_ZONE_MM.right.right)
      expect(word.yMin).toBeGreaterThanOrEqual(WINDOW_ZONE_MM.top)
      expect(word.yMax).toBeLessThanOrEqual(WINDOW_ZONE_MM.bottom)
    }
    const mention = all.find((word) => word.text === 'RECOMMANDÉE')!
    expect(mention.yMax).toBeLessThanOrEqual(Math.min(...words.map((word) => word.yMin)))
    // Nothing else of the letter shows through the window.
    const inWindow = all.filter((word) => word.xMin < WINDOW_ZONE_MM.right.right && word.xMax > WINDOW_ZONE_MM.right.left && word.yMax > WINDOW_ZONE_MM.top && word.yMin < WINDOW_ZONE_MM.bottom)
    expect(inWindow.map((word) => word.text)).toEqual(words.map((word) => word.text))
  })

  it('moves the block to a left window when the dossier uses those envelopes', async () => {
    await core.ok('letters.setWindowSide', { side: 'left' })
    const { words } = await recipientWords('relance-1')
    for (const word of words) {
      expect(word.xMin).toBeGreaterThanOrEqual(WINDOW_ZONE_MM.left.left)
      expect(word.xMax).toBeLessThanOrEqual(WINDOW_ZONE_MM.left.right)
      expect(word.yMin).toBeGreaterThanOrEqual(WINDOW_ZONE_MM.top)
      expect(word.yMax).toBeLessThanOrEqual(WINDOW_ZONE_MM.bottom)
    }
  })
})

describe('a letter is a function of its inputs', () => {
  it('gives the same bytes for the same inputs, and other bytes for another date', async () => {
    const first = await letterBytes(dossier.proId, 'mise-en-demeure', '2026-11-23')
    const second = await letterBytes(dossier.proId, 'mise-en-demeure', '2026-11-23')
    expect(second.equals(first)).toBe(true)
    expect(first.subarray(0, 5).toString()).toBe('%PDF-')
    const later = await letterBytes(dossier.proId, 'mise-en-demeure', '2026-11-24')
    expect(later.equals(first)).toBe(false)
  })

  it('embeds its fonts', async () => {
    const fonts = execFileSync('pdffonts', [pdfFile(await letterBytes(dossier.proId, 'relance-1'))], { encoding: 'utf8' })
    const rows = fonts.split('\n').slice(2).filter(Boolean)
    expect(rows.length).toBeGreaterThanOrEqual(2)
    for (const row of rows) expect(row).toMatch(/DejaVuSans.* yes /)
  })
})

describe('fields the dossier lacks', () => {
  it('names them in the preview and refuses the letter, never printing a blank', async () => {
    await core.ok('company.update', { ...COMPANY, iban: undefined, signatoryName: undefined })
    const preview = await core.ok('letters.preview', { clientId: dossier.proId, code: 'relance-1' })
    expect(preview.pdfBase64).toBeNull()
    expect(preview.problems.map((problem) => problem.message)).toEqual([
      'Il manque le nom du signataire (Paramètres → Société).',
      'Il manque l’IBAN de la société (Paramètres → Société).',
    ])
    const refused = await core.refused('letters.render', { clientId: dossier.proId, code: 'relance-1' })
    expect(refused.code).toBe('VALIDATION')
    expect(refused.message).toContain('l’IBAN de la société')
  })

  it('refuses a plan letter for a client without a plan, and an unknown client or template', async () => {
    const refused = await core.refused('letters.render', { clientId: dossier.proId, code: 'protocole-echeancier' })
    expect(refused.message).toContain('Il manque un échéancier en cours pour ce client.')
    expect((await core.refused('letters.render', { clientCode: 'NOPE', code: 'relance-1' })).message).toBe('Client inconnu « NOPE » dans ce dossier.')
    expect((await core.refused('letters.render', { clientId: dossier.proId, code: 'relance-9' })).code).toBe('NOT_FOUND')
  })
})

describe('editing a template', () => {
  it('previews a draft, saves it, flags it as modified, and resets it to the original', async () => {
    const original = await core.ok('templates.get', { code: 'relance-1' })
    const draft = { subject: 'Relance {{client.code}}', body: 'Bonjour {{client.nom}},\n\n{{tableau_factures}}\n\nÀ régler avant le {{date_limite:10}}.' }
    const preview = await core.ok('letters.preview', { clientId: dossier.proId, code: 'relance-1', draft })
    expect(preview.subject).toBe('Relance C0042')
    expect(pdfText(Buffer.from(preview.pdfBase64!, 'base64'))).toContain('À régler avant le 3 décembre 2026.')
    const broken = await core.ok('letters.preview', { clientId: dossier.proId, code: 'relance-1', draft: { subject: 'x', body: 'Payez {{client.solde}} {{#vip}}merci{{/vip}}' } })
    expect(broken.problems.map((problem) => problem.message)).toEqual([
      'Section inconnue « vip » : seules {{#professionnel}} et {{#particulier}} existent.',
      'Champ inconnu {{client.solde}}.',
    ])
    // The draft was not saved.
    expect((await core.ok('templates.get', { code: 'relance-1' })).body).toBe(original.body)

    expect(await core.ok('templates.update', { code: 'relance-1', ...draft })).toMatchObject({ ...draft, modified: true })
    expect((await core.ok('templates.list', {})).find((t) => t.code === 'relance-1')?.modified).toBe(true)
    expect(await core.ok('templates.reset', { code: 'relance-1' })).toMatchObject({ body: original.body, subject: original.subject, modified: false })
  })
})

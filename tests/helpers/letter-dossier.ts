import { deflateSync } from 'node:zlib'
import type { TestCore } from './test-core'

/**
 * A dossier ready for letters: a full company identity (logo included), a professional
 * client with two late invoices (one partly paid) and one not yet due, and a consumer
 * client with one late invoice. Dates are set against 2026-11-23.
 */

export const COMPANY = {
  legalName: 'Atelier Mercier SARL',
  legalForm: 'SARL',
  capitalCents: 1_000_000,
  siren: '732 829 320',
  siret: '732 829 320 00074',
  rcsCity: 'Montpellier',
  vatNumber: 'FR44732829320',
  addressLine1: '8 rue de l’Œuvre',
  postalCode: '34000',
  city: 'Montpellier',
  phone: '04 67 00 00 00',
  email: 'compta@atelier-mercier.fr',
  iban: 'FR76 3000 6000 0112 3456 7890 189',
  bic: 'AGRIFRPP',
  signatoryName: 'Claire Mercier',
  signatoryTitle: 'Gérante',
  termsDays: 30,
}

/** A small PNG (a two-colour block) made here, so the letterhead's logo is a real image. */
export function logoPng(): string {
  const width = 120
  const height = 40
  const raw = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const offset = y * (width * 3 + 1) + 1 + x * 3
      const dark = x < 40 || y > 30
      raw[offset] = dark ? 0x1d : 0xd9
      raw[offset + 1] = dark ? 0x4e : 0xe6
      raw[offset + 2] = dark ? 0x89 : 0xf2
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const sum = Buffer.alloc(4)
    sum.writeUInt32BE(crc(body))
    return Buffer.concat([length, body, sum])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
  return `data:image/png;base64,${png.toString('base64')}`
}

export interface LetterDossier {
  proId: number
  consumerId: number
  invoiceIds: Record<string, number>
}

export async function letterDossier(core: Pick<TestCore, 'ok'>): Promise<LetterDossier> {
  await core.ok('company.update', COMPANY)
  await core.ok('company.setLogo', { dataUrl: logoPng() })
  const proId = (
    await core.ok('clients.create', {
      code: 'C0042',
      name: 'Établissements Dupré & Fils',
      kind: 'pro',
      addressLine1: '12 avenue de la Cœur-Volant',
      addressLine2: 'Bâtiment « Le Garçonnet »',
      postalCode: '78160',
      city: 'Marly-le-Roi',
      emails: 'compta@dupre.fr',
    })
  ).id
  const consumerId = (
    await core.ok('clients.create', {
      code: 'P0007',
      name: 'Mme Zoé Lefèvre',
      kind: 'particulier',
      addressLine1: '3 impasse des Glaïeuls',
      postalCode: '34070',
      city: 'Montpellier',
      emails: 'zoe.lefevre@example.fr',
    })
  ).id
  const invoiceIds: Record<string, number> = {}
  const invoice = async (clientId: number, number: string, issueDate: string, dueDate: string, amountCents: number) => {
    invoiceIds[number] = (await core.ok('invoices.create', { clientId, number, issueDate, dueDate, amountCents })).id
  }
  await invoice(proId, 'FA-2026-0815', '2026-08-01', '2026-08-31', 1_234_56)
  await invoice(proId, 'FA-2026-0902', '2026-09-02', '2026-10-02', 500_000)
  await invoice(proId, 'FA-2026-1120', '2026-11-20', '2026-12-20', 99_00)
  await invoice(consumerId, 'FA-2026-0950', '2026-09-15', '2026-10-15', 240_00)
  await core.ok('payments.record', {
    clientId: proId,
    date: '2026-10-20',
    amountCents: 1_000_00,
    method: 'virement',
    allocation: [{ invoiceId: invoiceIds['FA-2026-0902']!, amountCents: 1_000_00 }],
  })
  return { proId, consumerId, invoiceIds }
}

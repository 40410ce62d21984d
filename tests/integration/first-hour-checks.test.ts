import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { clientFields } from '../../src-shared/contract/clients'
import { createTestCore, type TestCore } from '../helpers/test-core'

let core: TestCore
beforeEach(() => {
  core = createTestCore({ today: '2026-11-23' })
})
afterEach(() => core.dispose())

describe('what a first hour found accepted that should not be', () => {
  it('refuses a VAT number whose key does not match its SIREN, and a telephone without digits, in French, writing nothing', async () => {
    const refused = await core.refused('clients.create', { code: '411X', name: 'Client X', kind: 'pro', vatNumber: 'FR00123', phone: 'abc' })
    expect(refused.code).toBe('VALIDATION')
    expect(refused.details?.fields).toMatchObject({
      vatNumber: 'Numéro de TVA invalide : FR, la clé à 2 chiffres et le SIREN (ex. FR40 303 265 045).',
      phone: 'Téléphone invalide : des chiffres (au moins 6), espaces, points ou + (ex. 04 67 12 34 56).',
    })
    expect((await core.refused('clients.create', { code: '411X', name: 'Client X', kind: 'pro', vatNumber: 'FR41303265045' })).details?.fields).toHaveProperty('vatNumber')
    expect(core.count('clients')).toBe(0)

    await core.ok('clients.create', { code: '411X', name: 'Client X', kind: 'pro', vatNumber: 'FR40 303 265 045', phone: '+33 4 67 12 34 56' })
    await core.ok('clients.create', { code: '411Y', name: 'Client Y', kind: 'pro', vatNumber: 'DE123456789', phone: '04.67.12.34.56' })
    expect(core.count('clients')).toBe(2)
  })

  it('keeps the demonstration’s client files valid for their own form', async () => {
    await core.ok('demo.create', {})
    const clients = await core.ok('clients.list', {})
    for (const client of clients) {
      const { fields } = await core.ok('clients.get', { id: client.id })
      expect([client.code, clientFields.safeParse(fields).error?.issues ?? []]).toEqual([client.code, []])
    }
  })

  it('ends a timeline line with one full stop when the note already has one', async () => {
    const { id: clientId } = await core.ok('clients.create', { code: '411Z', name: 'Client Z', kind: 'pro' })
    const { id: invoiceId } = await core.ok('invoices.create', { clientId, number: 'F-1', issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 10_000 })
    await core.ok('disputes.open', { invoiceId, reason: 'prix', note: 'Le client conteste le prix ; solde à régler.' })
    await core.ok('disputes.close', { invoiceId, note: 'Accord trouvé' })
    const bodies = (await core.ok('timeline.list', { clientId })).map((entry) => entry.body)
    expect(bodies).toContain('Facture F-1 mise en litige (contestation de prix) : Le client conteste le prix ; solde à régler.')
    expect(bodies).toContain('Litige levé sur la facture F-1 : Accord trouvé.')
  })
})

describe('the rate form', () => {
  it('says a missing rate is missing, and an unreadable one unreadable', async () => {
    const refused = await core.refused('rates.save', { halfYear: '2026-H2', legalIndividualBp: Number.NaN, legalOtherBp: 262, source: 'Arrêté du 26 juin 2026' })
    expect(refused.details?.fields).toEqual({
      ecbRefBp: 'Le taux BCE de référence est obligatoire.',
      legalIndividualBp: 'Le taux d’intérêt légal (particuliers) : taux illisible (exemple : 2,15).',
    })
  })
})

describe('the rate table’s sources', () => {
  it('name the arrêté fixing each half-year’s legal interest rate and its Journal officiel', async () => {
    const rows = new Map((await core.ok('rates.list', {})).map((row) => [row.halfYear, row.source]))
    expect(rows.get('2026-H1')).toBe(
      'Intérêt légal : arrêté du 15 décembre 2025 relatif à la fixation du taux de l’intérêt légal, JORF du 26 décembre 2025 ; BCE : taux des opérations principales de refinancement en vigueur au 1er janvier 2026',
    )
    expect(rows.get('2017-H2')).toContain('arrêté du 26 juin 2017')
    expect(rows.get('2017-H2')).toContain('NOR ECOT1718314A')
    const generic = [...rows.entries()].filter(([, source]) => source.startsWith('Encaisse : BCE')).map(([halfYear]) => halfYear)
    // Before 2015 the legal rate was yearly, set by décret: the table holds no arrêté for those.
    expect(generic.every((halfYear) => halfYear < '2015')).toBe(true)
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../helpers/test-core'

let core: TestCore
beforeEach(() => {
  core = createTestCore()
})
afterEach(() => core.dispose())

const identity = {
  legalName: 'Atelier Mercier SARL',
  legalForm: 'SARL',
  capitalCents: 1_000_000,
  siren: '732 829 320',
  rcsCity: 'Lyon',
  addressLine1: '8 quai Saint-Vincent',
  postalCode: '69001',
  city: 'Lyon',
  iban: 'FR76 3000 6000 0112 3456 7890 189',
  bic: 'AGRIFRPP',
  signatoryName: 'Claire Mercier',
  signatoryTitle: 'Gérante',
  termsDays: 30,
}

describe('company identity', () => {
  it('starts empty, is saved whole, and names the dossier', async () => {
    expect(await core.ok('company.get', {})).toEqual({ fields: null, logoDataUrl: null })
    await core.ok('company.update', identity)
    const saved = await core.ok('company.get', {})
    expect(saved.fields).toMatchObject({ ...identity, siren: '732829320', iban: 'FR7630006000011234567890189', penaltyPolicy: 'legal' })
    expect((await core.ok('dossier.info', {})).companyName).toBe('Atelier Mercier SARL')
  })

  it('refuses a wrong IBAN or SIREN and a fixed policy without its rate, changing nothing', async () => {
    await core.ok('company.update', identity)
    const error = await core.refused('company.update', {
      ...identity,
      legalName: 'Autre nom',
      iban: 'FR76 3000 6000 0112 3456 7890 188',
      siren: '732829321',
      penaltyPolicy: 'fixed',
    })
    expect(error.details?.fields).toEqual({
      siren: 'SIREN invalide : 9 chiffres avec une clé de contrôle juste.',
      iban: 'IBAN invalide : vérifiez sa saisie (clé de contrôle fausse).',
      penaltyRateBp: 'Indiquez le taux annuel convenu (conditions générales de vente ou accord).',
    })
    expect((await core.ok('company.get', {})).fields?.legalName).toBe('Atelier Mercier SARL')
  })

  it('stores the logo in the dossier and refuses what is not a PNG or JPEG', async () => {
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
    await core.ok('company.setLogo', { dataUrl: png })
    expect((await core.ok('company.get', {})).logoDataUrl).toBe(png)
    const refused = await core.refused('company.setLogo', { dataUrl: 'data:image/svg+xml;base64,PHN2Zy8+' })
    expect(refused.details?.fields).toEqual({ dataUrl: 'Le logo doit être une image PNG ou JPEG.' })
    const huge = `data:image/png;base64,${Buffer.alloc(1024 * 1024 + 1).toString('base64')}`
    expect((await core.refused('company.setLogo', { dataUrl: huge })).message).toBe('Le logo dépasse 1 Mo : réduisez-le avant de l’ajouter.')
    expect((await core.ok('company.get', {})).logoDataUrl).toBe(png)
    await core.ok('company.setLogo', { dataUrl: null })
    expect((await core.ok('company.get', {})).logoDataUrl).toBeNull()
  })
})

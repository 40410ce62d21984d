import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../helpers/test-core'

let core: TestCore

beforeEach(() => {
  core = createTestCore()
})
afterEach(() => core.dispose())

const dupre = { code: '411DUPRE', name: 'Établissements Dupré', kind: 'pro' as const, postalCode: '69003', city: 'Lyon' }

describe('clients through dispatch', () => {
  it('creates a client and lists it with a zero balance', async () => {
    const { id } = await core.ok('clients.create', { ...dupre, emails: 'compta@dupre.fr, direction@dupre.fr' })
    const list = await core.ok('clients.list', {})
    expect(list).toEqual([
      {
        id,
        code: '411DUPRE',
        name: 'Établissements Dupré',
        kind: 'pro',
        postalCode: '69003',
        city: 'Lyon',
        emails: 'compta@dupre.fr, direction@dupre.fr',
        balanceCents: 0,
        overdueCents: 0,
        archived: false,
      },
    ])
  })

  it('refuses bad input with VALIDATION naming each field in French, and writes nothing', async () => {
    const error = await core.refused('clients.create', {
      code: '   ',
      name: '',
      kind: 'entreprise',
      postalCode: '690',
      emails: 'pas-une-adresse',
      siren: '123456789',
    })
    expect(error.code).toBe('VALIDATION')
    expect(error.details?.fields).toEqual({
      code: 'Le code client est obligatoire.',
      name: 'La raison sociale est obligatoire.',
      kind: 'Choisissez professionnel ou particulier.',
      siren: 'SIREN invalide : 9 chiffres avec une clé de contrôle juste.',
      emails: 'E-mail : adresse e-mail invalide (exemple : compta@exemple.fr).',
    })
    expect(error.message).toMatch(/^Le code client est obligatoire\. \(et 4 autre\(s\) erreur\(s\)\)$/)
    expect(core.count('clients')).toBe(0)
  })

  it('checks the French postal code once the other fields are valid', async () => {
    const error = await core.refused('clients.create', { ...dupre, postalCode: '690' })
    expect(error.details?.fields).toEqual({ postalCode: 'Le code postal doit compter 5 chiffres.' })
    await core.ok('clients.create', { ...dupre, code: 'X1', country: 'Belgique', postalCode: '1000' })
    expect(core.count('clients')).toBe(1)
  })

  it('accepts a valid SIREN and stores it without spaces', async () => {
    await core.ok('clients.create', { ...dupre, siren: '552 100 554' })
    const row = core.session.current.sqlite.prepare('SELECT siren FROM clients').get() as { siren: string }
    expect(row.siren).toBe('552100554')
  })

  it('refuses a duplicate code with CONFLICT on the code field and keeps the first client', async () => {
    await core.ok('clients.create', dupre)
    const error = await core.refused('clients.create', { ...dupre, name: 'Autre société' })
    expect(error).toEqual({
      code: 'CONFLICT',
      message: 'Le code client « 411DUPRE » est déjà utilisé.',
      details: { fields: { code: 'Le code client « 411DUPRE » est déjà utilisé.' } },
    })
    expect(core.count('clients')).toBe(1)
  })

  it('finds clients without accents or case, by name or code', async () => {
    await core.ok('clients.create', dupre)
    await core.ok('clients.create', { code: '411ZOE', name: 'Zoé Œuvres', kind: 'particulier' })
    const names = async (search: string) => (await core.ok('clients.list', { search })).map((c) => c.name)
    expect(await names('dupre')).toEqual(['Établissements Dupré'])
    expect(await names('ÉTS')).toEqual([])
    expect(await names('ETABLISSEMENTS DUPRÉ')).toEqual(['Établissements Dupré'])
    expect(await names('oeuvre')).toEqual(['Zoé Œuvres'])
    expect(await names('411zo')).toEqual(['Zoé Œuvres'])
    expect(await names('100%')).toEqual([])
  })

  it('sorts in French order: Élodie before Zoé, accents not after z', async () => {
    for (const [code, name] of [
      ['C1', 'Zoé Martin'],
      ['C2', 'Élodie Bernard'],
      ['C3', 'eric Durand'],
      ['C4', 'Éric Dupont'],
      ['C5', 'Alain Petit'],
    ]) {
      await core.ok('clients.create', { code: code as string, name: name as string, kind: 'particulier' })
    }
    const names = (await core.ok('clients.list', {})).map((c) => c.name)
    expect(names).toEqual(['Alain Petit', 'Élodie Bernard', 'Éric Dupont', 'eric Durand', 'Zoé Martin'])
    expect(names).toEqual([...names].sort(new Intl.Collator('fr').compare))
    const firstTwo = (await core.ok('clients.list', { limit: 2 })).map((c) => c.name)
    expect(firstTwo).toEqual(['Alain Petit', 'Élodie Bernard'])
  })

  it('answers NOT_FOUND for an unknown client and UNKNOWN_CHANNEL for an unknown channel', async () => {
    expect((await core.refused('clients.get', { id: 999 })).code).toBe('NOT_FOUND')
    const unknown = await core.callByName('clients.delete', {})
    expect(unknown).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Opération inconnue : « clients.delete ».' } })
  })
})

import { describe, expect, it } from 'vitest'
import { clientSearchKey, foldFrench, likeContains } from '../../src-main/data/french-text'

describe('French folding', () => {
  it('drops accents and case, spells ligatures out', () => {
    expect(foldFrench('ÉTS Dupré')).toBe('ets dupre')
    expect(foldFrench('Œuvre  Cœur   Ægis')).toBe('oeuvre coeur aegis')
    expect(foldFrench('Ça, Noël à Nîmes')).toBe('ca, noel a nimes')
  })

  it('keys clients by name then code, and escapes LIKE wildcards', () => {
    expect(clientSearchKey('Élodie', '411ELO')).toBe('elodie 411elo')
    expect(likeContains('50%_x')).toBe('%50\\%\\_x%')
  })

  it('orders like the French collator at the primary level', () => {
    const names = ['Zoé', 'Élodie', 'eric', 'Émile', 'Ève', 'Adèle', 'Œdipe', 'Odile']
    const byKey = [...names].sort((a, b) => (foldFrench(a) < foldFrench(b) ? -1 : 1))
    expect(byKey).toEqual([...names].sort(new Intl.Collator('fr', { sensitivity: 'base' }).compare))
  })
})

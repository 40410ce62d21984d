import { describe, expect, it } from 'vitest'
import { dossierAt, migrateTo, previousTag, SMALL_LEDGER_SQL } from '../../helpers/migrations-up-to'

describe('0008_rate-sources', () => {
  it('names the arrêté and its Journal officiel on the shipped half-years, and keeps a source the user typed', () => {
    const sqlite = dossierAt(previousTag('0008_rate-sources'))
    sqlite.exec(SMALL_LEDGER_SQL)
    sqlite.exec("UPDATE rate_half_years SET source = 'Saisi d’après la Banque de France' WHERE half_year = '2024-H2'")
    const source = (halfYear: string) =>
      (sqlite.prepare('SELECT source FROM rate_half_years WHERE half_year = ?').get(halfYear) as { source: string }).source
    expect(source('2025-H1')).toMatch(/^Encaisse : BCE/)
    const rates = () => sqlite.prepare('SELECT half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp FROM rate_half_years ORDER BY half_year').all()
    const before = rates()

    migrateTo(sqlite, '0008_rate-sources')

    expect(source('2025-H1')).toBe(
      'Intérêt légal : arrêté du 17 décembre 2024 relatif à la fixation du taux de l’intérêt légal ; BCE : taux des opérations principales de refinancement en vigueur au 1er janvier 2025',
    )
    expect(source('2015-H1')).toMatch(/arrêté du 23 décembre 2014 .* JORF du 27 décembre 2014/)
    expect(source('2024-H2')).toBe('Saisi d’après la Banque de France')
    expect(rates()).toEqual(before)
    sqlite.close()
  })
})

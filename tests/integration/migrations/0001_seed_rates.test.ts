import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rateTableFromFrenchRatesJson } from '../../../src-main/domain/penalties'
import { dossierAt, migrateTo, previousTag } from '../../helpers/migrations-up-to'
import { REPO_ROOT } from '../../helpers/test-core'

describe('0001_seed_rates', () => {
  it('adds the shipped half-years and keeps the rates the user had entered', () => {
    const sqlite = dossierAt(previousTag('0001_seed_rates'))
    sqlite.exec(`
      INSERT INTO clients (id, code, name, search_key) VALUES (1, 'C1', 'Dupré', 'dupre');
      INSERT INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES
        ('2025-H2', 999, 888, 777, 'saisi à la main'),
        ('2031-H1', 100, 200, 300, 'saisi à la main');
    `)
    migrateTo(sqlite, '0001_seed_rates')

    const shipped = rateTableFromFrenchRatesJson(JSON.parse(readFileSync(join(REPO_ROOT, 'assets', 'data', 'rates-fr.json'), 'utf8')))
    const rows = sqlite.prepare('SELECT half_year AS halfYear, ecb_ref_bp AS ecb, source FROM rate_half_years ORDER BY half_year').all() as {
      halfYear: string
      ecb: number
      source: string
    }[]
    expect(rows.map((row) => row.halfYear)).toEqual([...shipped.rows.map((row) => row.halfYear), '2031-H1'].sort())
    expect(rows.find((row) => row.halfYear === '2025-H2')).toEqual({ halfYear: '2025-H2', ecb: 999, source: 'saisi à la main' })
    expect(rows.find((row) => row.halfYear === '2025-H1')?.ecb).toBe(shipped.rows.find((row) => row.halfYear === '2025-H1')?.ecbRefBp)
    expect(sqlite.prepare('SELECT code, name FROM clients').all()).toEqual([{ code: 'C1', name: 'Dupré' }])
    sqlite.close()
  })
})

import { describe, expect, it } from 'vitest'
import { dossierAt, migrateTo, previousTag } from '../../helpers/migrations-up-to'

describe('0010_seed-company', () => {
  it('adds the company record to a dossier that had none', () => {
    const sqlite = dossierAt(previousTag('0010_seed-company'))
    migrateTo(sqlite, '0010_seed-company')
    expect(sqlite.prepare('SELECT id, legal_name AS legalName FROM company').all()).toEqual([{ id: 1, legalName: '' }])
    sqlite.close()
  })

  it('keeps the company the user had filled in', () => {
    const sqlite = dossierAt(previousTag('0010_seed-company'))
    sqlite.exec("INSERT INTO company (id, legal_name) VALUES (1, 'Dupré SARL')")
    migrateTo(sqlite, '0010_seed-company')
    expect(sqlite.prepare('SELECT id, legal_name AS legalName FROM company').all()).toEqual([{ id: 1, legalName: 'Dupré SARL' }])
    sqlite.close()
  })
})

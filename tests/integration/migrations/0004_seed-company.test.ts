import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { dossierAt, migrateTo, previousTag } from '../../helpers/migrations-up-to'

const folder = mkdtempSync(join(tmpdir(), 'encaisse-0004-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('0004_seed-company', () => {
  it('adds the company record to a dossier that had none', () => {
    const sqlite = dossierAt(join(folder, 'empty.sqlite'), previousTag('0004_seed-company'))
    migrateTo(sqlite, '0004_seed-company')
    expect(sqlite.prepare('SELECT id, legal_name AS legalName FROM company').all()).toEqual([{ id: 1, legalName: '' }])
    sqlite.close()
  })

  it('keeps the company the user had filled in', () => {
    const sqlite = dossierAt(join(folder, 'filled.sqlite'), previousTag('0004_seed-company'))
    sqlite.exec("INSERT INTO company (id, legal_name) VALUES (1, 'Dupré SARL')")
    migrateTo(sqlite, '0004_seed-company')
    expect(sqlite.prepare('SELECT id, legal_name AS legalName FROM company').all()).toEqual([{ id: 1, legalName: 'Dupré SARL' }])
    sqlite.close()
  })
})

import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dossierAt, MIGRATIONS_FOLDER, migrationTags } from '../../helpers/migrations-up-to'

interface Snapshot {
  tables: Record<string, { columns: Record<string, unknown> }>
}

describe('every migration', () => {
  it.each(migrationTags())('%s has its own test, on a dossier filled at the version before it', (tag) => {
    expect(existsSync(join(__dirname, `${tag}.test.ts`))).toBe(true)
  })

  it.each(migrationTags().map((tag, idx) => [tag, idx] as const))(
    '%s leaves the tables and columns drizzle-kit recorded for it',
    (tag, idx) => {
      const snapshotFile = join(MIGRATIONS_FOLDER, 'meta', `${String(idx).padStart(4, '0')}_snapshot.json`)
      const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Snapshot
      const sqlite = dossierAt(tag)
      const tables = (
        sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> '__drizzle_migrations'").all() as {
          name: string
        }[]
      ).map((row) => row.name)
      const actual = Object.fromEntries(
        tables.map((table) => [table, (sqlite.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name).sort()]),
      )
      const expected = Object.fromEntries(
        Object.entries(snapshot.tables).map(([table, { columns }]) => [table, Object.keys(columns).sort()]),
      )
      sqlite.close()
      expect(actual).toEqual(expected)
    },
  )
})

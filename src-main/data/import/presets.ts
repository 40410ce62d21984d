import type Database from 'better-sqlite3'
import type { Dossier } from '../open-dossier'
import { columnMappingSchema, type ColumnMapping, type ImportPreset } from '../../../src-shared/contract/imports'

interface StoredPreset {
  mapping: ColumnMapping
  /** The header row of the file the preset was made for. */
  headers: string[]
}

const sameHeaders = (a: string[], b: string[]) =>
  a.length === b.length && a.every((header, index) => header.trim().toLowerCase() === (b[index] ?? '').trim().toLowerCase())

/** Saves (or replaces) a named column mapping, with the headers it was made for; each save counts as a use. `at` is the import's instant. */
export function savePreset({ sqlite }: Pick<Dossier, 'sqlite'>, name: string, mapping: ColumnMapping, headers: string[], at: string): void {
  const stored: StoredPreset = { mapping, headers }
  sqlite
    .prepare(
      `INSERT INTO import_mappings (name, target, mapping, used_count) VALUES (?, ?, ?, 1)
       ON CONFLICT (name) DO UPDATE SET target = excluded.target, mapping = excluded.mapping, used_count = used_count + 1,
         updated_at = ?`,
    )
    .run(name, mapping.target, JSON.stringify(stored), at)
}

function storedPresets(sqlite: Database.Database): (ImportPreset & { headers: string[]; usedCount: number })[] {
  const rows = sqlite.prepare('SELECT name, mapping, used_count AS usedCount FROM import_mappings ORDER BY name').all() as {
    name: string
    mapping: string
    usedCount: number
  }[]
  return rows.map((row) => {
    const stored = JSON.parse(row.mapping) as StoredPreset
    return { name: row.name, mapping: columnMappingSchema.parse(stored.mapping), headers: stored.headers, usedCount: row.usedCount }
  })
}

export function listPresets({ sqlite }: Pick<Dossier, 'sqlite'>): ImportPreset[] {
  return storedPresets(sqlite).map(({ name, mapping }) => ({ name, mapping }))
}

/** The preset made for files with exactly these headers, the most used one first. */
export function presetForHeaders({ sqlite }: Pick<Dossier, 'sqlite'>, headers: string[]): ImportPreset | null {
  const match = storedPresets(sqlite)
    .filter((preset) => sameHeaders(preset.headers, headers))
    .sort((a, b) => b.usedCount - a.usedCount)[0]
  return match ? { name: match.name, mapping: match.mapping } : null
}

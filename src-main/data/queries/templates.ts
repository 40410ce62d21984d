import { asc, eq, sql } from 'drizzle-orm'
import type { TemplateChannel } from '../../../src-shared/contract/templates'
import { BUILTIN_TEMPLATES } from '../../documents/letters/builtin-templates'
import type { Db } from '../open-dossier'
import { templates } from '../schema'

export interface TemplateRow {
  id: number
  code: string
  name: string
  channel: TemplateChannel
  subject: string
  body: string
}

const columns = {
  id: templates.id,
  code: templates.code,
  name: templates.name,
  channel: templates.channel,
  subject: templates.subject,
  body: templates.body,
}

/** The built-in templates a dossier lacks, added when its structure is updated: a new dossier gets them all, an older one the newer ones. */
export function seedBuiltinTemplates(db: Db): void {
  // Only the missing ones: even an insert that conflicts moves the AUTOINCREMENT counter,
  // and opening a dossier must not write (a letter from the CLI changes nothing).
  const present = new Set(db.select({ code: templates.code }).from(templates).all().map((row) => row.code))
  const missing = BUILTIN_TEMPLATES.filter((template) => !present.has(template.code))
  if (missing.length === 0) return
  db.insert(templates)
    .values(missing.map(({ code, name, channel, subject, body }) => ({ code, name, channel, subject, body, isBuiltin: true })))
    .run()
}

export function listTemplates(db: Db): TemplateRow[] {
  return db.select(columns).from(templates).orderBy(asc(templates.id)).all()
}

export function templateByCode(db: Db, code: string): TemplateRow | undefined {
  return db.select(columns).from(templates).where(eq(templates.code, code)).get()
}

export function templateById(db: Db, id: number): TemplateRow | undefined {
  return db.select(columns).from(templates).where(eq(templates.id, id)).get()
}

const NOW = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`

export function saveTemplateText(db: Db, code: string, text: { subject: string; body: string }): void {
  db.update(templates)
    .set({ subject: text.subject, body: text.body, updatedAt: NOW })
    .where(eq(templates.code, code))
    .run()
}

/** A small setting of the dossier (settings table, JSON value), or its default. */
export function readSetting<T>(db: Db, key: string, fallback: T): T {
  const row = db.get<{ value: string }>(sql`SELECT value FROM settings WHERE key = ${key}`)
  return row ? (JSON.parse(row.value) as T) : fallback
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  db.run(sql`
    INSERT INTO settings (key, value) VALUES (${key}, ${JSON.stringify(value)})
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = ${NOW}
  `)
}

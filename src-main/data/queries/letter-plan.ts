import { sql } from 'drizzle-orm'
import type { Db } from '../open-dossier'

/** The plan an instalment belongs to (a plan reminder's letter prints that plan). */
export function planOfInstalment(db: Db, instalmentId: number): number | undefined {
  return db.get<{ id: number }>(sql`SELECT plan_id AS id FROM instalments WHERE id = ${instalmentId}`)?.id
}

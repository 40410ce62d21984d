import type { Db } from './open-dossier'
import { seedBuiltinTemplates } from './queries/templates'
import { company } from './schema'

/**
 * Rows every dossier needs to be usable at once: the company record (filled in later
 * under Paramètres → Société) and the built-in letter templates. Idempotent, so it runs
 * at every open.
 */
export function seedNewDossier(db: Db): void {
  db.insert(company).values({ id: 1 }).onConflictDoNothing().run()
  seedBuiltinTemplates(db)
}

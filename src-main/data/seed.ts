import type { Db } from './open-dossier'
import { company } from './schema'

/**
 * Rows every dossier needs to be usable at once: the company record (filled in later
 * under Paramètres → Société). Idempotent, so it runs at every open.
 */
export function seedNewDossier(db: Db): void {
  db.insert(company).values({ id: 1 }).onConflictDoNothing().run()
}

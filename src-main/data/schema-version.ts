import type Database from 'better-sqlite3'
import type { MigrationMeta } from 'drizzle-orm/migrator'
import { DomainError } from '../../src-shared/result'
import { notADossier } from './dossier-file'
import { appliedMigrations } from './migrate'

/**
 * Refuses, before anything is written, a SQLite file that is not an Encaisse dossier (its
 * first recorded migration is not ours) and a dossier whose structure a newer version of
 * Encaisse has moved on (it records migrations this version does not know): writing to it
 * with the old code could break what the newer one relies on.
 */
export function checkDossierSchema(sqlite: Database.Database, path: string, known: MigrationMeta[]): void {
  const applied = appliedMigrations(sqlite)
  const [first] = applied
  if (!first || first.hash !== known[0]?.hash) throw notADossier(path, 'c’est une autre base de données SQLite')
  const lastKnown = Math.max(...known.map((migration) => migration.folderMillis))
  const unknown = applied.filter((migration) => migration.at > lastKnown)
  if (unknown.length > 0) {
    throw new DomainError(
      'CONFLICT',
      `Le dossier « ${path} » a été enregistré par une version plus récente d’Encaisse (structure n° ${applied.length}, ` +
        `cette version-ci connaît jusqu’au n° ${known.length}). Mettez Encaisse à jour pour l’ouvrir ; le fichier n’a pas été modifié.`,
      { dossierVersion: applied.length, appVersion: known.length },
    )
  }
}

import type { ImportSummary } from '../../src-shared/contract/imports'
import type { JobKind } from '../jobs/job-kind'
import { runImport, type ImportRequest } from './run-import'

/** An import as a job: the file read and checked, then written in one transaction the user may still cancel. */
export const importJob: JobKind<ImportRequest, ImportSummary> = {
  activity: 'import',
  busyMessage: 'Un import est déjà en cours : attendez sa fin ou annulez-le.',
  run: async (request, tools) => {
    // The state before the import, kept in the backups: « Restaurer une sauvegarde » undoes any import, not only the last.
    await tools.backup('avant-import')
    return runImport(tools.dossier, request, tools.today, {
      signal: tools.signal,
      cancelRequested: tools.cancelRequested,
      onProgress: ({ phase, done, total }) => tools.progress(phase, done, total),
    })
  },
}

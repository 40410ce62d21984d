import type { ImportSummary } from '../../src-shared/contract/imports'
import type { JobKind } from '../jobs/job-kind'
import { runImport, type ImportRequest } from './run-import'

/** An import as a job: the file read and checked, then written in one transaction the user may still cancel. */
export const importJob: JobKind<ImportRequest, ImportSummary> = {
  busyMessage: 'Un import est déjà en cours : attendez sa fin ou annulez-le.',
  run: (request, tools) =>
    runImport(tools.dossier, request, tools.today, {
      signal: tools.signal,
      cancelRequested: tools.cancelRequested,
      onProgress: ({ phase, done, total }) => tools.progress(phase, done, total),
    }),
}

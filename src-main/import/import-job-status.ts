import type { ImportJob, ImportRejection, ImportSummary } from '../../src-shared/contract/imports'
import type { JobStatus } from '../jobs/jobs'

/** An import job as the import screen follows it: reading (bytes of the file) or writing (rows), then its outcome. */
export function importJobOf(status: JobStatus<ImportSummary>): ImportJob {
  return {
    jobId: status.jobId,
    state: status.state === 'running' ? (status.phase === 'writing' ? 'writing' : 'reading') : status.state,
    bytesRead: status.done,
    totalBytes: status.total,
    summary: status.output,
    error: status.error && {
      code: status.error.code,
      message: status.error.message,
      rejected: (status.error.details?.rejected as ImportRejection[] | undefined) ?? [],
    },
  }
}

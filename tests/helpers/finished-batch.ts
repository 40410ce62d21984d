import type { BatchJob } from '../../src-shared/contract/letter-batches'
import type { TestCore } from './test-core'

/** Polls a letter batch as the Courriers page does, until it is no longer rendering. */
export async function finishedBatch(core: Pick<TestCore, 'ok'>, jobId: string): Promise<BatchJob> {
  for (;;) {
    const job = await core.ok('letters.batch', { jobId })
    if (job.state !== 'rendering') return job
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

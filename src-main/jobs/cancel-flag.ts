/**
 * A request to stop a job, written by the thread that answers calls and read by the job's
 * thread. It lives in shared memory, so the job sees it between two rows even while a
 * synchronous SQLite transaction keeps its own event loop from running.
 */
export class CancelFlag {
  readonly buffer: SharedArrayBuffer
  readonly #cell: Int32Array

  constructor(buffer: SharedArrayBuffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) {
    this.buffer = buffer
    this.#cell = new Int32Array(buffer)
  }

  request(): void {
    Atomics.store(this.#cell, 0, 1)
  }

  get requested(): boolean {
    return Atomics.load(this.#cell, 0) === 1
  }
}

import type { Result } from '../src-shared/result'
import { invoke } from './api'
import { bytesToBase64 } from './bytes-to-base64'
import { UPLOAD_CHUNK_BYTES } from './upload-chunk'


export interface UploadProgress {
  sentBytes: number
  totalBytes: number
}

/**
 * Sends a file the user picked to the core, piece by piece, as both transports (Electron
 * IPC and the loopback host) carry it: the first call opens the upload, the next ones
 * append. Only one slice is in memory at a time, so a FEC of several hundred megabytes
 * goes through. Stops between two slices when `signal` is aborted, and then answers null.
 */
export async function uploadFile(
  file: File,
  options: { signal?: AbortSignal; onProgress?(progress: UploadProgress): void } = {},
): Promise<Result<{ uploadId: string }> | null> {
  // Empty until the core opens the upload and names it.
  let uploadId = ''
  let sentBytes = 0
  // An empty file still makes one call, so that the core names what it received.
  do {
    if (options.signal?.aborted) return null
    const slice = new Uint8Array(await file.slice(sentBytes, sentBytes + UPLOAD_CHUNK_BYTES).arrayBuffer())
    const result = await invoke('imports.upload', { uploadId: uploadId || undefined, fileName: file.name, chunkBase64: bytesToBase64(slice) })
    if (!result.ok) return result
    uploadId = result.data.uploadId
    sentBytes += slice.length
    options.onProgress?.({ sentBytes, totalBytes: file.size })
  } while (sentBytes < file.size)
  return { ok: true, data: { uploadId } }
}

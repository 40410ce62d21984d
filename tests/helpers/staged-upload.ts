import type { CoreThread } from '../../src-main/worker/core-thread'
import { UPLOAD_CHUNK_BYTES as CHUNK_BYTES } from '../../src-renderer/upload-chunk'

/** Sends a file to the core as the import screen does: `imports.upload` slice by slice, base64. */
export async function uploadFile(core: Pick<CoreThread, 'call'>, fileName: string, bytes: Buffer): Promise<string> {
  let uploadId: string | undefined
  for (let at = 0; at === 0 || at < bytes.length; at += CHUNK_BYTES) {
    const chunkBase64 = bytes.subarray(at, at + CHUNK_BYTES).toString('base64')
    const result = await core.call('imports.upload', { uploadId, fileName, chunkBase64 })
    if (!result.ok) throw new Error(`imports.upload refused: ${result.error.message}`)
    uploadId = (result.data as { uploadId: string }).uploadId
  }
  return uploadId ?? ''
}

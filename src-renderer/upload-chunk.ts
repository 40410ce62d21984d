/**
 * Raw bytes per `imports.upload` call. The channel accepts 12,000,000 base64 characters
 * (9 MB of bytes); 4 MiB keeps each request and its JSON copy small on a busy office PC.
 */
export const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024

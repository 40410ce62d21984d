/** Bytes handed to String.fromCharCode at once: spreading millions of arguments overflows the stack. */
const CHARACTERS_PER_CALL = 0x8000

/** Base64 of a slice of a file, built in bounded pieces so that a slice of several megabytes goes through. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let start = 0; start < bytes.length; start += CHARACTERS_PER_CALL) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHARACTERS_PER_CALL))
  }
  return btoa(binary)
}

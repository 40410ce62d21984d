import type { ExportedFile } from '../src-shared/contract/exported-file'

/** Hands a file made by the core to the browser's (or Electron's) download, through a Blob URL. */
export function downloadFile(file: ExportedFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  link.click()
  // The click has handed the URL over; keeping it a moment lets a slow download start.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** A file made by the core for the user to save (an export, the rejected lines of an import), carried as base64. */
export interface ExportedFile {
  fileName: string
  mimeType: string
  base64: string
}

import { create } from 'zustand'
import type { ColumnMapping, ImportJob, ImportPreview } from '../../src-shared/contract/imports'
import type { IsoDate } from '../../src-shared/dates'
import { invoke } from '../api'
import { fr } from '../i18n/fr'
import { uploadFile, type UploadProgress } from '../import-upload'

const t = fr.importing

/** How often the screen asks the core where a running import stands. */
const POLL_MS = 250

export type ImportStep = 'choose' | 'uploading' | 'review' | 'running' | 'finished'

/** What the user decided on the review screen, kept when they come back to it after a refusal. */
export interface ImportDraft {
  /** Spreadsheets only: a FEC has a fixed layout. */
  mapping: ColumnMapping | null
  acceptValid: boolean
  saveAsPreset: boolean
  presetName: string
  /** FEC only; empty for "as the file stands". */
  asOf: IsoDate | ''
  /** FEC only: beginnings of client account numbers, "411, 416". */
  clientAccounts: string
}

interface ImportFlowState {
  step: ImportStep
  fileName: string | null
  upload: UploadProgress | null
  preview: ImportPreview | null
  draft: ImportDraft | null
  job: ImportJob | null
  /** The user asked to stop the running import; its next poll says it stopped. */
  cancelling: boolean
  /** A refusal outside a job's outcome: the upload, the preview, the start. */
  error: string | null
  notice: string | null
  /** Changes whenever the dossier's imports change, so that the history reloads. */
  historyVersion: number
  choose(file: File): Promise<void>
  stopUpload(): void
  edit(patch: Partial<ImportDraft>): void
  /** Reads the headers from another line of the file (exports with title lines), keeping the kind of data. */
  rereadHeaders(headerLine: number): Promise<void>
  start(): Promise<void>
  cancel(): Promise<void>
  /** Back to the review of the same file, e.g. to fix a date format after a refusal. */
  review(): void
  restart(): void
  historyChanged(): void
}

const draftOf = (preview: ImportPreview): ImportDraft => ({
  mapping: preview.kind === 'fec' ? null : (preview.mapping ?? emptyMapping(preview.headers.length)),
  acceptValid: false,
  saveAsPreset: false,
  presetName: preview.presetName ?? '',
  asOf: '',
  clientAccounts: preview.clientAccounts.split(',').join(', '),
})

/** Nothing recognised: every column ignored, the user maps them by hand. */
const emptyMapping = (columns: number): ColumnMapping => ({
  target: 'invoices',
  columns: Array.from({ length: columns }, () => null),
  decimal: ',',
  dateFormat: 'dd/mm/yyyy',
  headerLine: 1,
})

// Outside the state: it is never shown. The upload and the polling live here rather than
// in the page's components, so an import keeps going while the user looks at another page.
let uploadAbort: AbortController | null = null

/** The import screen's flow: file → review → running → outcome, and back. */
export const useImportFlow = create<ImportFlowState>((set, get) => {
  async function follow(jobId: string) {
    const result = await invoke('imports.job', { jobId })
    if (get().job?.jobId !== jobId) return
    if (!result.ok) return set({ step: 'review', job: null, error: result.error.message })
    const job = result.data
    if (job.state === 'reading' || job.state === 'writing') {
      set({ job })
      setTimeout(() => void follow(jobId), POLL_MS)
    } else if (job.state === 'cancelled') {
      set({ step: 'review', job: null, cancelling: false, error: null, notice: t.progress.cancelled })
    } else {
      // Done or failed; a cancel asked after the commit finds the import written whole, and shows it.
      set((state) => ({ step: 'finished', job, cancelling: false, error: null, historyVersion: state.historyVersion + 1 }))
    }
  }

  return {
    step: 'choose',
    fileName: null,
    upload: null,
    preview: null,
    draft: null,
    job: null,
    cancelling: false,
    error: null,
    notice: null,
    historyVersion: 0,

    async choose(file) {
      uploadAbort?.abort()
      const abort = new AbortController()
      uploadAbort = abort
      set({ step: 'uploading', fileName: file.name, upload: { sentBytes: 0, totalBytes: file.size }, preview: null, draft: null, job: null, error: null, notice: null })
      const uploaded = await uploadFile(file, { signal: abort.signal, onProgress: (upload) => !abort.signal.aborted && set({ upload }) })
      if (abort.signal.aborted || uploaded === null) return
      uploadAbort = null
      if (!uploaded.ok) return set({ step: 'choose', upload: null, error: uploaded.error.message })
      const preview = await invoke('imports.preview', { uploadId: uploaded.data.uploadId })
      if (abort.signal.aborted) return
      if (!preview.ok) return set({ step: 'choose', upload: null, error: preview.error.message })
      set({ step: 'review', upload: null, preview: preview.data, draft: draftOf(preview.data) })
    },

    stopUpload() {
      uploadAbort?.abort()
      uploadAbort = null
      set({ step: 'choose', upload: null, notice: t.uploadStopped })
    },

    edit(patch) {
      const { draft } = get()
      if (draft) set({ draft: { ...draft, ...patch } })
    },

    async rereadHeaders(headerLine) {
      const { preview, draft } = get()
      if (!preview || !draft?.mapping) return
      const result = await invoke('imports.preview', { uploadId: preview.uploadId, headerLine })
      if (!result.ok) return set({ error: result.error.message })
      const target = draft.mapping.target
      const proposed = result.data.mapping
      const columns = proposed?.target === target ? proposed.columns : result.data.proposals[target]
      set({ preview: result.data, draft: { ...draft, mapping: { ...draft.mapping, headerLine, columns } } })
    },

    async start() {
      const { preview, draft } = get()
      if (!preview || !draft) return
      set({ error: null, notice: null })
      const presetName = draft.presetName.trim()
      const result = await invoke('imports.start', {
        uploadId: preview.uploadId,
        mapping: draft.mapping ?? undefined,
        acceptValid: draft.acceptValid,
        asOf: draft.asOf || undefined,
        clientAccounts: preview.kind === 'fec' ? draft.clientAccounts : undefined,
        saveAsPreset: draft.mapping && draft.saveAsPreset && presetName ? presetName : undefined,
      })
      if (!result.ok) return set({ error: result.error.message })
      const { jobId } = result.data
      set({ step: 'running', cancelling: false, job: { jobId, state: 'reading', bytesRead: 0, totalBytes: 0, summary: null, error: null } })
      void follow(jobId)
    },

    async cancel() {
      const { job } = get()
      if (!job || (job.state !== 'reading' && job.state !== 'writing')) return
      // Reading stops at once; writing stops at the next row and rolls back. The job's next
      // poll reports the cancellation: the answer here still says where it was.
      set({ cancelling: true })
      const result = await invoke('imports.cancel', { jobId: job.jobId })
      if (!result.ok) set({ cancelling: false, error: result.error.message })
    },

    review() {
      set({ step: 'review', job: null, error: null, notice: null })
    },

    restart() {
      uploadAbort?.abort()
      set({ step: 'choose', fileName: null, upload: null, preview: null, draft: null, job: null, error: null, notice: null })
    },

    historyChanged() {
      set((state) => ({ historyVersion: state.historyVersion + 1 }))
    },
  }
})

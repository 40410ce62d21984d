import { create } from 'zustand'
import type { DossierInfo } from '../../src-shared/contract/dossier'
import { invoke } from '../api'

interface DossierState {
  info: DossierInfo | null
  error: string | null
  load(): Promise<void>
}

/** The open dossier and the core's date, shown in the header and used as "today". */
export const useDossier = create<DossierState>((set) => ({
  info: null,
  error: null,
  async load() {
    const result = await invoke('dossier.info', {})
    set(result.ok ? { info: result.data, error: null } : { error: result.error.message })
  },
}))

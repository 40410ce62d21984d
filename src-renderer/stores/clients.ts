import { create } from 'zustand'
import type { ClientListItem } from '../../src-shared/contract/clients'
import { invoke } from '../api'

interface ClientsState {
  items: ClientListItem[]
  search: string
  segment: string
  overdueOnly: boolean
  loading: boolean
  error: string | null
  setSearch(search: string): void
  setSegment(segment: string): void
  setOverdueOnly(overdueOnly: boolean): void
  load(): Promise<void>
}

let latestRequest = 0

/** The client list as the core returns it (search and French sort are done there). */
export const useClients = create<ClientsState>((set, get) => ({
  items: [],
  search: '',
  segment: '',
  overdueOnly: false,
  loading: false,
  error: null,
  setSearch(search) {
    set({ search })
    void get().load()
  },
  setSegment(segment) {
    set({ segment })
    void get().load()
  },
  setOverdueOnly(overdueOnly) {
    set({ overdueOnly })
    void get().load()
  },
  async load() {
    // Typing fires requests in a row; only the answer to the last one is shown.
    const request = ++latestRequest
    set({ loading: true })
    const { search, segment, overdueOnly } = get()
    const result = await invoke('clients.list', { search, segment, overdueOnly })
    if (request !== latestRequest) return
    set(
      result.ok
        ? { items: result.data, loading: false, error: null }
        : { loading: false, error: result.error.message },
    )
  },
}))

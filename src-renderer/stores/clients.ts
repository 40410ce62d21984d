import { create } from 'zustand'
import type { ClientListItem } from '../../src-shared/contract/clients'
import { invoke } from '../api'

interface ClientsState {
  items: ClientListItem[]
  search: string
  loading: boolean
  error: string | null
  setSearch(search: string): void
  load(): Promise<void>
}

let latestRequest = 0

/** The client list as the core returns it (search and French sort are done there). */
export const useClients = create<ClientsState>((set, get) => ({
  items: [],
  search: '',
  loading: false,
  error: null,
  setSearch(search) {
    set({ search })
    void get().load()
  },
  async load() {
    // Typing fires requests in a row; only the answer to the last one is shown.
    const request = ++latestRequest
    set({ loading: true })
    const result = await invoke('clients.list', { search: get().search })
    if (request !== latestRequest) return
    set(
      result.ok
        ? { items: result.data, loading: false, error: null }
        : { loading: false, error: result.error.message },
    )
  },
}))

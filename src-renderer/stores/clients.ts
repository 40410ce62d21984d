import { create } from 'zustand'
import type { ClientListItem } from '../../src-shared/contract/clients'
import { invoke } from '../api'

/** Rows asked at a time: a dossier of 20,000 clients is searched, not scrolled whole. */
export const CLIENTS_PAGE = 200

interface ClientsState {
  items: ClientListItem[]
  /** How many rows are shown; one more is asked to know whether more exist. */
  limit: number
  hasMore: boolean
  search: string
  segment: string
  overdueOnly: boolean
  /** Archived clients are hidden unless asked for: an archived client is never lost. */
  includeArchived: boolean
  loading: boolean
  error: string | null
  setSearch(search: string): void
  setSegment(segment: string): void
  setOverdueOnly(overdueOnly: boolean): void
  setIncludeArchived(includeArchived: boolean): void
  load(): Promise<void>
  showMore(): void
}

let latestRequest = 0

/** The client list as the core returns it (search and French sort are done there). */
export const useClients = create<ClientsState>((set, get) => ({
  items: [],
  limit: CLIENTS_PAGE,
  hasMore: false,
  search: '',
  segment: '',
  overdueOnly: false,
  includeArchived: false,
  loading: false,
  error: null,
  setSearch(search) {
    set({ search, limit: CLIENTS_PAGE })
    void get().load()
  },
  setSegment(segment) {
    set({ segment, limit: CLIENTS_PAGE })
    void get().load()
  },
  setOverdueOnly(overdueOnly) {
    set({ overdueOnly, limit: CLIENTS_PAGE })
    void get().load()
  },
  setIncludeArchived(includeArchived) {
    set({ includeArchived, limit: CLIENTS_PAGE })
    void get().load()
  },
  showMore() {
    set({ limit: get().limit + CLIENTS_PAGE })
    void get().load()
  },
  async load() {
    // Typing fires requests in a row; only the answer to the last one is shown.
    const request = ++latestRequest
    set({ loading: true })
    const { search, segment, overdueOnly, includeArchived, limit } = get()
    const result = await invoke('clients.list', { search, segment, overdueOnly, includeArchived, limit: limit + 1 })
    if (request !== latestRequest) return
    set(
      result.ok
        ? { items: result.data.slice(0, limit), hasMore: result.data.length > limit, loading: false, error: null }
        : { loading: false, error: result.error.message },
    )
  },
}))

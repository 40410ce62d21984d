import { create } from 'zustand'
import type { ClientDetail } from '../../src-shared/contract/clients'
import type { TimelineEntry } from '../../src-shared/contract/timeline'
import { invoke } from '../api'

interface ClientFileState {
  client: ClientDetail | null
  timeline: TimelineEntry[]
  error: string | null
  /** A message for the next file to open (« Fiche client créée. »), shown once by it. */
  arrivalNotice: string | null
  announceArrival(notice: string): void
  takeArrivalNotice(): string | null
  load(id: number): Promise<void>
}

/** The open client file and its timeline, reloaded after every change made from it. */
export const useClientFile = create<ClientFileState>((set, get) => ({
  client: null,
  timeline: [],
  error: null,
  arrivalNotice: null,
  announceArrival: (notice) => set({ arrivalNotice: notice }),
  takeArrivalNotice() {
    const notice = get().arrivalNotice
    set({ arrivalNotice: null })
    return notice
  },
  async load(id) {
    const [client, timeline] = await Promise.all([invoke('clients.get', { id }), invoke('timeline.list', { clientId: id })])
    if (!client.ok) return set({ client: null, error: client.error.message })
    set({ client: client.data, timeline: timeline.ok ? timeline.data : [], error: timeline.ok ? null : timeline.error.message })
  },
}))

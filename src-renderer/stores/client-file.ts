import { create } from 'zustand'
import type { ClientDetail } from '../../src-shared/contract/clients'
import type { TimelineEntry } from '../../src-shared/contract/timeline'
import { invoke } from '../api'

interface ClientFileState {
  client: ClientDetail | null
  timeline: TimelineEntry[]
  error: string | null
  load(id: number): Promise<void>
}

/** The open client file and its timeline, reloaded after every change made from it. */
export const useClientFile = create<ClientFileState>((set) => ({
  client: null,
  timeline: [],
  error: null,
  async load(id) {
    const [client, timeline] = await Promise.all([invoke('clients.get', { id }), invoke('timeline.list', { clientId: id })])
    if (!client.ok) return set({ client: null, error: client.error.message })
    set({ client: client.data, timeline: timeline.ok ? timeline.data : [], error: timeline.ok ? null : timeline.error.message })
  },
}))

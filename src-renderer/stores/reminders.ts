import { create } from 'zustand'
import type { DunningPlanView, ReminderActionView, ReminderChannel } from '../../src-shared/contract/dunning'
import type { IsoDate } from '../../src-shared/dates'
import { invoke } from '../api'
import { fr } from '../i18n/fr'

/** Rows per page: a day can hold thousands of proposals; the page shows them a hundred at a time. */
export const REMINDERS_PAGE_SIZE = 100

/** Firmest first, as the letters go out first. */
export const CHANNEL_ORDER: readonly ReminderChannel[] = ['registered_letter', 'letter', 'email', 'phone']

interface RemindersState {
  /** '' until the dossier's today is known: the core then plans for its own today. */
  asOf: IsoDate | ''
  plan: DunningPlanView | null
  queue: ReminderActionView[]
  channel: ReminderChannel
  offset: number
  /** Clients ticked for « Valider la sélection ». */
  selected: Set<number>
  /** A step chosen instead of the proposed one, by client. */
  steps: Map<number, number>
  loading: boolean
  busy: boolean
  error: string | null
  notice: string | null
  setAsOf(asOf: IsoDate): void
  setChannel(channel: ReminderChannel): void
  goTo(offset: number): void
  toggle(clientId: number): void
  selectPage(clientIds: number[], on: boolean): void
  chooseStep(clientId: number, position: number): void
  load(): Promise<void>
  validate(clientIds: number[]): Promise<void>
  /** Something was recorded elsewhere on the page (a call's outcome): say so and reload. */
  recorded(notice: string): Promise<void>
  /** Each returns the refusal's message, or null once done (then `notice` says so). */
  postpone(clientId: number, until: IsoDate, notice: string): Promise<string | null>
  skip(clientId: number, reason: string, notice: string): Promise<string | null>
}

let latestRequest = 0

/** The first channel that has proposals, else the current one. */
function channelWithProposals(plan: DunningPlanView, current: ReminderChannel): ReminderChannel {
  if (plan.proposals.some((p) => p.step.channel === current)) return current
  return CHANNEL_ORDER.find((channel) => plan.proposals.some((p) => p.step.channel === channel)) ?? current
}

/** Today's proposals, what was validated and waits, and the user's choices on the page. */
export const useReminders = create<RemindersState>((set, get) => ({
  asOf: '',
  plan: null,
  queue: [],
  channel: 'registered_letter',
  offset: 0,
  selected: new Set(),
  steps: new Map(),
  loading: false,
  busy: false,
  error: null,
  notice: null,
  setAsOf(asOf) {
    set({ asOf, offset: 0, selected: new Set(), steps: new Map(), notice: null })
    void get().load()
  },
  setChannel: (channel) => set({ channel, offset: 0 }),
  goTo: (offset) => set({ offset: Math.max(0, offset) }),
  toggle(clientId) {
    const selected = new Set(get().selected)
    if (!selected.delete(clientId)) selected.add(clientId)
    set({ selected })
  },
  selectPage(clientIds, on) {
    const selected = new Set(get().selected)
    for (const id of clientIds) {
      if (on) selected.add(id)
      else selected.delete(id)
    }
    set({ selected })
  },
  chooseStep(clientId, position) {
    const steps = new Map(get().steps)
    steps.set(clientId, position)
    set({ steps })
  },
  async load() {
    const request = ++latestRequest
    set({ loading: true })
    const asOf = get().asOf || undefined
    const [plan, queue] = await Promise.all([invoke('dunning.plan', { asOf }), invoke('dunning.queue', {})])
    if (request !== latestRequest) return
    if (!plan.ok) return set({ loading: false, error: plan.error.message })
    if (!queue.ok) return set({ loading: false, error: queue.error.message })
    // Choices about clients no longer proposed (validated elsewhere, paid) are dropped.
    const proposed = new Set(plan.data.proposals.map((p) => p.clientId))
    const selected = new Set([...get().selected].filter((id) => proposed.has(id)))
    const steps = new Map([...get().steps].filter(([id]) => proposed.has(id)))
    const channel = channelWithProposals(plan.data, get().channel)
    const total = plan.data.proposals.filter((p) => p.step.channel === channel).length
    const offset = get().offset >= total ? Math.max(0, Math.floor((total - 1) / REMINDERS_PAGE_SIZE) * REMINDERS_PAGE_SIZE) : get().offset
    set({ plan: plan.data, queue: queue.data, selected, steps, channel, offset, loading: false, error: null, asOf: plan.data.asOf })
  },
  async validate(clientIds) {
    const { plan, steps, asOf } = get()
    if (!plan || clientIds.length === 0) return
    const byClient = new Map(plan.proposals.map((p) => [p.clientId, p]))
    const items = clientIds.flatMap((clientId) => {
      const proposal = byClient.get(clientId)
      return proposal ? [{ clientId, dedupKey: proposal.dedupKey, stepPosition: steps.get(clientId) }] : []
    })
    set({ busy: true, notice: null, error: null })
    const result = await invoke('dunning.validate', { asOf: asOf || undefined, items })
    set({ busy: false })
    if (!result.ok) {
      set({ error: result.error.message })
    } else {
      const selected = new Set(get().selected)
      for (const id of clientIds) selected.delete(id)
      set({ selected, notice: fr.reminders.validated(result.data.recorded.length) })
    }
    await get().load()
  },
  async recorded(notice) {
    set({ notice })
    await get().load()
  },
  async postpone(clientId, until, notice) {
    const result = await invoke('dunning.postpone', { clientId, until })
    if (!result.ok) return result.error.message
    set({ notice })
    await get().load()
    return null
  },
  async skip(clientId, reason, notice) {
    const { plan, asOf } = get()
    const proposal = plan?.proposals.find((p) => p.clientId === clientId)
    if (!proposal) return null
    const result = await invoke('dunning.skip', { asOf: asOf || undefined, clientId, dedupKey: proposal.dedupKey, reason })
    if (!result.ok) return result.error.message
    set({ notice })
    await get().load()
    return null
  },
}))

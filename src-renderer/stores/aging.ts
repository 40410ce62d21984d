import { create } from 'zustand'
import type { AgingReport, AgingRow, AgingSort } from '../../src-shared/contract/aging'
import type { IsoDate } from '../../src-shared/dates'
import { invoke } from '../api'
import { readEuros } from '../euro-input'

/**
 * Rows asked at a time: 20,000 clients are never sent or drawn at once; « Afficher plus »
 * asks for the next ones. The totals always come with the first page and cover them all.
 */
export const AGING_PAGE = 200

/** Typing waits this long before asking the core, so that a word is one query. */
const TYPING_DELAY_MS = 250

export interface AgingFilters {
  /** '' for today (the core's date). */
  asOf: IsoDate | ''
  segment: string
  /** As typed, in euros; read when the query is sent. */
  minimum: string
  onlyLate: boolean
  search: string
  sort: AgingSort
  descending: boolean
}

interface AgingState extends AgingFilters {
  /** The first page's answer: buckets, totals and DSO. */
  report: AgingReport | null
  /** Every row shown so far, the pages asked one after the other. */
  rows: AgingRow[]
  loading: boolean
  loadingMore: boolean
  error: string | null
  /** The minimum amount as typed cannot be read: nothing is asked until it is corrected. */
  minimumUnreadable: boolean
  setFilters(patch: Partial<Omit<AgingFilters, 'sort' | 'descending'>>): void
  /** Sorts by a column; the same column again flips the direction. Amounts start with the largest. */
  sortBy(sort: AgingSort): void
  clearFilters(): void
  load(): Promise<void>
  showMore(): Promise<void>
}

const NO_FILTERS: Omit<AgingFilters, 'asOf' | 'sort' | 'descending'> = { segment: '', minimum: '', onlyLate: false, search: '' }
/** The largest balances first: who to call today. */
const DEFAULT_ORDER: Pick<AgingFilters, 'sort' | 'descending'> = { sort: 'total', descending: true }

let latestRequest = 0
let typingTimer: ReturnType<typeof setTimeout> | undefined

/** Whether anything narrows the list (the date aside, which changes the figures rather than the clients shown). */
export function isFiltered(filters: AgingFilters): boolean {
  return filters.segment !== '' || filters.minimum.trim() !== '' || filters.onlyLate || filters.search.trim() !== ''
}

/** The query the core receives for the current filters, or null when the minimum cannot be read. */
export function agingQuery(filters: AgingFilters) {
  const minimum = readEuros(filters.minimum)
  if (minimum.status === 'unreadable') return null
  return {
    asOf: filters.asOf || undefined,
    segment: filters.segment || undefined,
    minimumCents: minimum.status === 'ok' ? Math.max(0, minimum.cents) : undefined,
    onlyLate: filters.onlyLate,
    search: filters.search.trim() || undefined,
    sort: filters.sort,
    descending: filters.descending,
  }
}

/** The aged balance page's filters and rows; filtering, sorting and totals are done by the core. */
export const useAging = create<AgingState>((set, get) => ({
  asOf: '',
  ...NO_FILTERS,
  ...DEFAULT_ORDER,
  report: null,
  rows: [],
  loading: false,
  loadingMore: false,
  error: null,
  minimumUnreadable: false,
  setFilters(patch) {
    clearTimeout(typingTimer)
    set(patch)
    // Text fields wait for a pause in typing; the date, the segment and the checkbox apply at once.
    if (patch.search !== undefined || patch.minimum !== undefined) typingTimer = setTimeout(() => void get().load(), TYPING_DELAY_MS)
    else void get().load()
  },
  sortBy(sort) {
    const { sort: current, descending } = get()
    const textColumn = sort === 'name' || sort === 'code' || sort === 'segment'
    set({ sort, descending: sort === current ? !descending : !textColumn })
    void get().load()
  },
  clearFilters() {
    set(NO_FILTERS)
    void get().load()
  },
  async load() {
    const query = agingQuery(get())
    if (!query) return set({ minimumUnreadable: true })
    // Filters fire requests in a row; only the answer to the last one is shown.
    const request = ++latestRequest
    set({ loading: true, minimumUnreadable: false })
    const result = await invoke('aging.report', { ...query, offset: 0, limit: AGING_PAGE })
    if (request !== latestRequest) return
    if (!result.ok && result.error.details?.fields?.sort && typeof get().sort === 'number') {
      // The bucket sorted by is gone (fewer limits saved under Paramètres): back to the default order.
      set(DEFAULT_ORDER)
      return get().load()
    }
    if (!result.ok) return set({ loading: false, error: result.error.message })
    set({ report: result.data, rows: result.data.rows, loading: false, error: null })
  },
  async showMore() {
    const query = agingQuery(get())
    if (!query || get().loadingMore) return
    const request = latestRequest
    set({ loadingMore: true })
    const result = await invoke('aging.report', { ...query, offset: get().rows.length, limit: AGING_PAGE })
    // A new filter while the next rows were coming: they belong to the old list.
    if (request !== latestRequest) return set({ loadingMore: false })
    if (!result.ok) return set({ loadingMore: false, error: result.error.message })
    set({ rows: [...get().rows, ...result.data.rows], loadingMore: false, error: null })
  },
}))

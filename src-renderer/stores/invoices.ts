import { create } from 'zustand'
import type { INVOICE_FILTERS, InvoiceRow } from '../../src-shared/contract/invoices'
import type { IsoDate } from '../../src-shared/dates'
import { invoke } from '../api'

export type InvoiceFilter = (typeof INVOICE_FILTERS)[number]
export type InvoiceSort = 'dueDate' | 'issueDate' | 'number' | 'amount' | 'client'

/** Rows per page: the core pages with offset/limit, the renderer never holds a whole ledger. */
export const PAGE_SIZE = 100

/**
 * Typing in the search box or a date field waits this long before asking the core, so
 * that a word (or a year typed digit by digit) is one query, not one per key.
 */
const TYPING_DELAY_MS = 250

interface InvoiceQuery {
  filter: InvoiceFilter
  search: string
  /** '' when the bound is not set. */
  dueFrom: IsoDate | ''
  dueTo: IsoDate | ''
  sort: InvoiceSort
  descending: boolean
  offset: number
}

interface InvoicesState extends InvoiceQuery {
  rows: InvoiceRow[]
  total: number
  /** False until the first answer, so that the empty state is not flashed before it. */
  loaded: boolean
  loading: boolean
  error: string | null
  setFilter(filter: InvoiceFilter): void
  setSearch(search: string): void
  setDueRange(range: { dueFrom?: IsoDate | ''; dueTo?: IsoDate | '' }): void
  /** Sorts by a column; the same column again flips the direction. */
  sortBy(sort: InvoiceSort): void
  goTo(offset: number): void
  clearFilters(): void
  load(): Promise<void>
}

const FIRST_PAGE: Pick<InvoiceQuery, 'offset'> = { offset: 0 }
const NO_FILTERS: Pick<InvoiceQuery, 'filter' | 'search' | 'dueFrom' | 'dueTo'> = { filter: 'all', search: '', dueFrom: '', dueTo: '' }

let latestRequest = 0
let typingTimer: ReturnType<typeof setTimeout> | undefined

/** One page of the dossier's invoices and credit notes; filtering, sorting and paging are done by the core. */
export const useInvoices = create<InvoicesState>((set, get) => {
  const reload = (patch: Partial<InvoiceQuery>) => {
    clearTimeout(typingTimer)
    set(patch)
    void get().load()
  }
  const reloadSoon = (patch: Partial<InvoiceQuery>) => {
    clearTimeout(typingTimer)
    set(patch)
    typingTimer = setTimeout(() => void get().load(), TYPING_DELAY_MS)
  }
  return {
    ...NO_FILTERS,
    // Daily work is on what is still owed, the oldest due first: not on invoices paid two years ago.
    filter: 'open',
    sort: 'dueDate',
    descending: false,
    offset: 0,
    rows: [],
    total: 0,
    loaded: false,
    loading: false,
    error: null,
    setFilter: (filter) => reload({ filter, ...FIRST_PAGE }),
    setSearch: (search) => reloadSoon({ search, ...FIRST_PAGE }),
    setDueRange: (range) => reloadSoon({ ...range, ...FIRST_PAGE }),
    sortBy(sort) {
      const { sort: current, descending } = get()
      reload({ sort, descending: sort === current ? !descending : false, ...FIRST_PAGE })
    },
    goTo: (offset) => reload({ offset: Math.max(0, offset) }),
    clearFilters: () => reload({ ...NO_FILTERS, ...FIRST_PAGE }),
    async load() {
      // Filters fire requests in a row; only the answer to the last one is shown.
      const request = ++latestRequest
      set({ loading: true })
      const { filter, search, dueFrom, dueTo, sort, descending, offset } = get()
      const result = await invoke('invoices.list', {
        filter,
        search: search.trim() || undefined,
        dueFrom: dueFrom || undefined,
        dueTo: dueTo || undefined,
        sort,
        descending,
        offset,
        limit: PAGE_SIZE,
      })
      if (request !== latestRequest) return
      if (!result.ok) return set({ loading: false, loaded: true, error: result.error.message })
      const { rows, total } = result.data
      // The last page can empty under our feet (a filter, another window): step back to the real last page.
      if (rows.length === 0 && total > 0 && offset > 0) {
        set({ offset: Math.floor((total - 1) / PAGE_SIZE) * PAGE_SIZE })
        return get().load()
      }
      set({ rows, total, loading: false, loaded: true, error: null })
    },
  }
})

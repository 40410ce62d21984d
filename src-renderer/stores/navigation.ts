import { create } from 'zustand'

export const PAGES = ['dashboard', 'clients', 'invoices', 'aging', 'reminders', 'plans', 'letters', 'import', 'settings'] as const
export type PageId = (typeof PAGES)[number]

interface Route {
  page: PageId
  /** The record a page shows, e.g. the client of `#/clients/12`. */
  recordId: number | null
}

function routeFromHash(): Route {
  const [id, record] = window.location.hash.replace(/^#\/?/, '').split('/')
  const page = (PAGES as readonly string[]).includes(id ?? '') ? (id as PageId) : 'dashboard'
  const recordId = record !== undefined && /^\d+$/.test(record) ? Number(record) : null
  return { page, recordId }
}

interface NavigationState extends Route {
  go(page: PageId, recordId?: number): void
}

/** The current page, mirrored in the URL hash so that a reload or "back" stays in place. */
export const useNavigation = create<NavigationState>((set) => ({
  ...routeFromHash(),
  go(page, recordId) {
    window.location.hash = recordId === undefined ? `/${page}` : `/${page}/${recordId}`
    set({ page, recordId: recordId ?? null })
  },
}))

window.addEventListener('hashchange', () => useNavigation.setState(routeFromHash()))

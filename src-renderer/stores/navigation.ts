import { create } from 'zustand'

export const PAGES = ['dashboard', 'clients', 'invoices', 'aging', 'reminders', 'plans', 'letters', 'import', 'settings'] as const
export type PageId = (typeof PAGES)[number]

function pageFromHash(): PageId {
  const id = window.location.hash.replace(/^#\/?/, '')
  return (PAGES as readonly string[]).includes(id) ? (id as PageId) : 'clients'
}

interface NavigationState {
  page: PageId
  go(page: PageId): void
}

/** The current page, mirrored in the URL hash so a reload stays on it. */
export const useNavigation = create<NavigationState>((set) => ({
  page: pageFromHash(),
  go(page) {
    window.location.hash = `/${page}`
    set({ page })
  },
}))

window.addEventListener('hashchange', () => useNavigation.setState({ page: pageFromHash() }))

import { useRef, type KeyboardEvent, type ReactNode } from 'react'
import { INVOICE_FILTERS } from '../../../src-shared/contract/invoices'
import { fr } from '../../i18n/fr'
import { useInvoices, type InvoiceFilter } from '../../stores/invoices'

const t = fr.invoices

export const INVOICE_PANEL_ID = 'invoices-panel'
export const filterTabId = (filter: InvoiceFilter) => `invoices-tab-${filter}`

/** The filter tabs, the search box and the due-date range above the invoice list; the pager sits at its right. */
export function InvoiceFilters({ pager }: { pager?: ReactNode }) {
  const { filter, setFilter, search, setSearch, dueFrom, dueTo, setDueRange, clearFilters } = useInvoices()
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({})
  const filtered = filter !== 'all' || search !== '' || dueFrom !== '' || dueTo !== ''

  // Tabs pattern: arrows move between tabs (and select them), Tab leaves the tab list.
  function onTabKey(event: KeyboardEvent) {
    const index = INVOICE_FILTERS.indexOf(filter)
    const step = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: INVOICE_FILTERS.length - 1 - index }[event.key]
    if (step === undefined) return
    event.preventDefault()
    const next = INVOICE_FILTERS[(index + step + INVOICE_FILTERS.length) % INVOICE_FILTERS.length] ?? 'all'
    setFilter(next)
    tabs.current[next]?.focus()
  }

  return (
    <div className="invoice-filters">
      <div className="filter-tabs" role="tablist" aria-label={t.filters.label} onKeyDown={onTabKey}>
        {INVOICE_FILTERS.map((id) => (
          <button
            key={id}
            ref={(element) => {
              tabs.current[id] = element
            }}
            type="button"
            role="tab"
            id={filterTabId(id)}
            aria-selected={id === filter}
            aria-controls={INVOICE_PANEL_ID}
            tabIndex={id === filter ? 0 : -1}
            className={id === filter ? 'active' : undefined}
            onClick={() => setFilter(id)}
          >
            {t.filters[id]}
          </button>
        ))}
      </div>
      <div className="toolbar">
        <input
          type="search"
          className="search"
          aria-label={t.searchLabel}
          placeholder={t.search}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <span className="date-range" role="group" aria-label={t.dueRangeLabel}>
          <span className="muted">{t.dueRange}</span>
          <label>
            {t.dueFrom}{' '}
            <input
              type="date"
              aria-label={t.dueFromLabel}
              value={dueFrom}
              max={dueTo || undefined}
              onChange={(event) => setDueRange({ dueFrom: event.target.value })}
            />
          </label>
          <label>
            {t.dueTo}{' '}
            <input
              type="date"
              aria-label={t.dueToLabel}
              value={dueTo}
              min={dueFrom || undefined}
              onChange={(event) => setDueRange({ dueTo: event.target.value })}
            />
          </label>
        </span>
        {filtered ? (
          <button type="button" className="secondary small" onClick={clearFilters}>
            {t.clearFilters}
          </button>
        ) : null}
        {pager}
      </div>
    </div>
  )
}

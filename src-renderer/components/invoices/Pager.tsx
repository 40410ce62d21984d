import { fr } from '../../i18n/fr'

const t = fr.invoices.pager

interface PagerProps {
  offset: number
  limit: number
  total: number
  onPage(offset: number): void
  /** Names the pager's landmark when a page has several. */
  label?: string
  /** Whether a screen reader hears the new range; one pager per page should, not two. */
  announce?: boolean
}

/** « 1–100 sur 12 345 » with first, previous, next and last page; the core does the paging. */
export function Pager({ offset, limit, total, onPage, label = t.label, announce = true }: PagerProps) {
  if (total === 0) return null
  const last = Math.floor((total - 1) / limit) * limit
  const atStart = offset <= 0
  const atEnd = offset >= last
  const range = (
    <span className="pager-range" aria-live={announce ? 'polite' : undefined}>
      {t.range(offset + 1, Math.min(offset + limit, total), total)}
    </span>
  )
  // One page only: the range says it all, buttons that can never be used would only be noise.
  if (total <= limit) return <div className="pager">{range}</div>
  return (
    <nav className="pager" aria-label={label}>
      {range}
      <button type="button" className="secondary small" disabled={atStart} onClick={() => onPage(0)} aria-label={t.first} title={t.first}>
        «
      </button>
      <button type="button" className="secondary small" disabled={atStart} onClick={() => onPage(offset - limit)}>
        ‹ {t.previous}
      </button>
      <button type="button" className="secondary small" disabled={atEnd} onClick={() => onPage(offset + limit)}>
        {t.next} ›
      </button>
      <button type="button" className="secondary small" disabled={atEnd} onClick={() => onPage(last)} aria-label={t.last} title={t.last}>
        »
      </button>
    </nav>
  )
}

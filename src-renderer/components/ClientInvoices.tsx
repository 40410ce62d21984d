import { useEffect, useState } from 'react'
import type { InvoiceRow } from '../../src-shared/contract/invoices'
import { invoke } from '../api'
import { fr } from '../i18n/fr'
import type { InvoiceSort } from '../stores/invoices'
import { PAGE_SIZE } from '../stores/invoices'
import { InvoiceTable } from './invoices/InvoiceTable'
import { Pager } from './invoices/Pager'

const t = fr.clientInvoices

interface ClientInvoicesProps {
  clientId: number
  /** Bumped by the client page after a change made from it: the list reloads. */
  version: number
  onChanged(): void
}

/** The client's invoices and credit notes, by due date, a page at a time; disputes are opened and lifted from the rows. */
export function ClientInvoices({ clientId, version, onChanged }: ClientInvoicesProps) {
  const [rows, setRows] = useState<InvoiceRow[]>([])
  const [total, setTotal] = useState(0)
  const [offset, setOffset] = useState(0)
  const [sort, setSort] = useState<InvoiceSort>('dueDate')
  const [descending, setDescending] = useState(false)
  const [loaded, setLoaded] = useState(false)
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    // Only the answer to the latest query is shown (paging or sorting twice in a row).
    let current = true
    setLoading(true)
    void invoke('invoices.list', { clientId, sort, descending, offset, limit: PAGE_SIZE }).then((result) => {
      if (!current) return
      setLoading(false)
      setLoaded(true)
      if (!result.ok) return setError(result.error.message)
      setError(null)
      setRows(result.data.rows)
      setTotal(result.data.total)
      // The last page can empty under our feet: step back to the real last page.
      if (result.data.rows.length === 0 && result.data.total > 0 && offset > 0) {
        setOffset(Math.floor((result.data.total - 1) / PAGE_SIZE) * PAGE_SIZE)
      }
    })
    return () => {
      current = false
    }
  }, [clientId, version, sort, descending, offset])

  function sortBy(column: InvoiceSort) {
    setDescending(column === sort ? !descending : false)
    setSort(column)
    setOffset(0)
  }

  return (
    <section className="panel client-invoices" aria-label={t.title}>
      <div className="panel-header">
        <h2>{t.title}</h2>
        {total > 0 ? <Pager offset={offset} limit={PAGE_SIZE} total={total} onPage={(next) => setOffset(Math.max(0, next))} /> : null}
      </div>
      {error ? <p className="error-text" role="alert">{error}</p> : null}
      {!loaded ? (
        <p className="muted">{fr.common.loading}</p>
      ) : total === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <InvoiceTable
          rows={rows}
          sort={sort}
          descending={descending}
          onSort={sortBy}
          busy={loading}
          showClient={false}
          onChanged={onChanged}
        />
      )}
    </section>
  )
}

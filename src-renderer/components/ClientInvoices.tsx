import { useEffect, useState } from 'react'
import { fr } from '../i18n/fr'
import type { InvoiceSort } from '../stores/invoices'
import { PAGE_SIZE } from '../stores/invoices'
import { useQuery } from '../use-channel'
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
  const [offset, setOffset] = useState(0)
  const [sort, setSort] = useState<InvoiceSort>('dueDate')
  const [descending, setDescending] = useState(false)
  const page = useQuery('invoices.list', { clientId, sort, descending, offset, limit: PAGE_SIZE }, version)
  const rows = page.data?.rows ?? []
  const total = page.data?.total ?? 0
  const loaded = page.data !== undefined || page.error !== null

  useEffect(() => {
    // The last page can empty under our feet: step back to the real last page.
    if (page.data && page.data.rows.length === 0 && page.data.total > 0 && offset > 0) {
      setOffset(Math.floor((page.data.total - 1) / PAGE_SIZE) * PAGE_SIZE)
    }
  }, [page.data, offset])

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
      {page.error ? <p className="error-text" role="alert">{page.error.message}</p> : null}
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
          busy={page.loading}
          showClient={false}
          onChanged={onChanged}
        />
      )}
    </section>
  )
}

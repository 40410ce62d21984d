import { useEffect, useState } from 'react'
import { InvoiceFilters, INVOICE_PANEL_ID, filterTabId } from '../components/invoices/InvoiceFilters'
import { InvoiceForm } from '../components/invoices/InvoiceForm'
import { InvoiceTable } from '../components/invoices/InvoiceTable'
import { Pager } from '../components/invoices/Pager'
import { PaymentForm } from '../components/invoices/PaymentForm'
import { fr } from '../i18n/fr'
import { useDossier } from '../stores/dossier'
import { PAGE_SIZE, useInvoices } from '../stores/invoices'

const t = fr.invoices

type Panel = 'invoice' | 'credit_note' | 'payment' | null

/** Invoices and credit notes of the dossier, a page at a time, with the entry of invoices, credit notes and payments. */
export function InvoicesPage() {
  const { rows, total, offset, filter, search, dueFrom, dueTo, sort, descending, sortBy, goTo, setFilter, clearFilters, load, loaded, loading, error } =
    useInvoices()
  const today = useDossier((state) => state.info?.today)
  const [panel, setPanel] = useState<Panel>(null)
  const [notice, setNotice] = useState<string | null>(null)

  useEffect(() => {
    void load()
  }, [load])

  // The header buttons toggle their form: pressed again, the form closes.
  const open = (next: Panel) => {
    setPanel((current) => (current === next ? null : next))
    setNotice(null)
  }
  const saved = (message: string) => {
    setPanel(null)
    setNotice(message)
    void load()
  }
  // « Ouvertes » is where the page opens: nothing open there is no search that failed.
  const filtered = (filter !== 'all' && filter !== 'open') || search.trim() !== '' || dueFrom !== '' || dueTo !== ''

  return (
    <section className="invoices-page">
      <div className="page-header">
        <div>
          <h1>{t.title}</h1>
          <p className="muted">{t.intro}</p>
        </div>
        <div className="actions">
          <button type="button" className="secondary" disabled={!today} onClick={() => open('credit_note')} aria-pressed={panel === 'credit_note'}>
            {t.newCreditNote}
          </button>
          <button type="button" className="secondary" disabled={!today} onClick={() => open('payment')} aria-pressed={panel === 'payment'}>
            {t.recordPayment}
          </button>
          <button type="button" disabled={!today} onClick={() => open('invoice')} aria-pressed={panel === 'invoice'}>
            {t.newInvoice}
          </button>
        </div>
      </div>

      {today && (panel === 'invoice' || panel === 'credit_note') ? (
        <InvoiceForm key={panel} kind={panel} today={today} onSaved={saved} onCancel={() => setPanel(null)} />
      ) : null}
      {today && panel === 'payment' ? <PaymentForm today={today} onSaved={saved} onCancel={() => setPanel(null)} /> : null}

      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}

      <InvoiceFilters pager={loaded && total > 0 ? <Pager offset={offset} limit={PAGE_SIZE} total={total} onPage={goTo} /> : null} />

      {error ? <p className="error-text" role="alert">{error}</p> : null}

      <div id={INVOICE_PANEL_ID} role="tabpanel" aria-labelledby={filterTabId(filter)} className={loading ? 'list loading' : 'list'}>
        {!loaded ? (
          <p className="muted">{fr.common.loading}</p>
        ) : total === 0 ? (
          <div className="empty">
            {filtered ? (
              <>
                <h2>{t.noMatch}</h2>
                <p className="muted">{t.noMatchHint}</p>
                <button type="button" className="secondary" onClick={clearFilters}>{t.clearFilters}</button>
              </>
            ) : (
              <>
                <h2>{filter === 'open' ? t.noOpenTitle : t.emptyTitle}</h2>
                <p className="muted">{t.emptyHint}</p>
                <div className="actions">
                  <button type="button" disabled={!today} onClick={() => setPanel('invoice')}>{t.newInvoice}</button>
                  {filter === 'open' ? <button type="button" className="secondary" onClick={() => setFilter('all')}>{t.showAll}</button> : null}
                </div>
              </>
            )}
          </div>
        ) : (
          <>
            <InvoiceTable rows={rows} sort={sort} descending={descending} onSort={sortBy} busy={loading} onChanged={() => void load()} />
            {total > PAGE_SIZE ? (
              <Pager offset={offset} limit={PAGE_SIZE} total={total} onPage={goTo} label={t.pager.bottomLabel} announce={false} />
            ) : null}
          </>
        )}
      </div>
    </section>
  )
}

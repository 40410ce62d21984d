import { useEffect, useState } from 'react'
import { formatEuros } from '../../src-shared/money'
import { ClientForm } from '../components/ClientForm'
import { DemoButton } from '../components/DemoButton'
import { fr } from '../i18n/fr'
import { invoke } from '../api'
import { useClientFile } from '../stores/client-file'
import { useClients } from '../stores/clients'
import { useNavigation } from '../stores/navigation'
import './clients-page.css'

const t = fr.clients

export function ClientsPage() {
  const { items, hasMore, showMore, search, setSearch, segment, setSegment, overdueOnly, setOverdueOnly, includeArchived, setIncludeArchived, load, loading, error } =
    useClients()
  const go = useNavigation((state) => state.go)
  const announceArrival = useClientFile((state) => state.announceArrival)
  const [segments, setSegments] = useState<string[]>([])
  const [creating, setCreating] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)

  useEffect(() => {
    void load()
    void invoke('clients.segments', {}).then((result) => result.ok && setSegments(result.data))
  }, [load])

  return (
    <section className="clients-page">
      <div className="page-header">
        <div>
          <h1>{t.title}</h1>
          <p className="muted">{hasMore ? t.countFirst(items.length) : t.count(items.length)}</p>
        </div>
        {!creating ? (
          <button type="button" onClick={() => { setCreating(true); setNotice(null) }}>
            {t.create}
          </button>
        ) : null}
      </div>

      {creating ? (
        <ClientForm
          onCancel={() => setCreating(false)}
          onSaved={(id, name) => {
            // A new client is entered to be worked on: its file opens, ready for its first invoice.
            setCreating(false)
            announceArrival(t.created(name))
            go('clients', id)
          }}
        />
      ) : null}

      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}

      <div className="toolbar">
        <input
          type="search"
          className="search"
          aria-label={t.search}
          placeholder={t.search}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <select aria-label={t.segmentFilter} value={segment} onChange={(event) => setSegment(event.target.value)}>
          <option value="">{t.allSegments}</option>
          {segments.map((name) => <option key={name} value={name}>{name}</option>)}
        </select>
        <label className="inline-check">
          <input type="checkbox" checked={overdueOnly} onChange={(event) => setOverdueOnly(event.target.checked)} /> {t.overdueOnly}
        </label>
        <label className="inline-check">
          <input type="checkbox" checked={includeArchived} onChange={(event) => setIncludeArchived(event.target.checked)} /> {t.includeArchived}
        </label>
      </div>

      {error ? <p className="error-text" role="alert">{error}</p> : null}

      {items.length === 0 && !loading ? (
        <div className="empty">
          {search ? <p>{t.noMatch(search)}</p> : (
            <>
              <h2>{t.emptyTitle}</h2>
              <p className="muted">{t.emptyHint}</p>
              <p className="muted">{fr.demo.intro}</p>
              <DemoButton
                onLoaded={(summary) => {
                  setNotice(summary)
                  void load()
                }}
              />
            </>
          )}
        </div>
      ) : (
        <table className="grid" aria-label={t.title}>
          <thead>
            <tr>
              <th scope="col">{t.columns.code}</th>
              <th scope="col">{t.columns.name}</th>
              <th scope="col">{t.columns.kind}</th>
              <th scope="col">{t.columns.city}</th>
              <th scope="col">{t.columns.email}</th>
              <th scope="col" className="num">{t.columns.balance}</th>
              <th scope="col" className="num">{t.columns.overdue}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((client) => (
              <tr key={client.id} className="clickable" onClick={() => go('clients', client.id)}>
                <td className="code">{client.code}</td>
                <td>
                  <a href={`#/clients/${client.id}`} onClick={(event) => { event.preventDefault(); go('clients', client.id) }}>
                    {client.name}
                  </a>
                  {client.archived ? <> <span className="badge muted-badge">{fr.clientFile.archived}</span></> : null}
                </td>
                <td>{t.kinds[client.kind]}</td>
                <td>{[client.postalCode, client.city].filter(Boolean).join(' ')}</td>
                <td>{client.emails}</td>
                <td className="num">
                  {formatEuros(client.balanceCents)}
                  {client.creditCents > 0 ? (
                    <small className="balance-credit" title={t.balanceCreditTitle}>{t.balanceCredit(formatEuros(-client.creditCents))}</small>
                  ) : null}
                </td>
                <td className={`num${client.overdueCents > 0 ? ' overdue' : ''}`}>{formatEuros(client.overdueCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {hasMore ? (
        <p className="show-more">
          <button type="button" className="secondary" onClick={showMore} disabled={loading}>{t.showMore}</button>
        </p>
      ) : null}
    </section>
  )
}

import { useEffect, useState } from 'react'
import { formatEuros } from '../../src-shared/money'
import { ClientForm } from '../components/ClientForm'
import { ClientsBulkDunning } from '../components/clients/ClientsBulkDunning'
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
  // Clients chosen for a change of their reminders; a new filter starts a new selection.
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set())
  const allShownSelected = items.length > 0 && items.every((client) => selected.has(client.id))

  useEffect(() => {
    void load()
    void invoke('clients.segments', {}).then((result) => result.ok && setSegments(result.data))
  }, [load])
  useEffect(() => setSelected(new Set()), [search, segment, overdueOnly, includeArchived])

  function toggle(id: number) {
    const next = new Set(selected)
    if (!next.delete(id)) next.add(id)
    setSelected(next)
  }

  async function selectAllMatching() {
    const result = await invoke('clients.list', { search, segment, overdueOnly, includeArchived, limit: 100_000 })
    if (result.ok) setSelected(new Set(result.data.map((client) => client.id)))
  }

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

      {selected.size > 0 ? (
        <ClientsBulkDunning
          selectedIds={[...selected]}
          onSelectAllMatching={hasMore && allShownSelected && selected.size === items.length ? () => void selectAllMatching() : null}
          onClear={() => setSelected(new Set())}
          onApplied={(summary) => {
            setSelected(new Set())
            setNotice(summary)
          }}
        />
      ) : null}

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
              <th scope="col" className="check">
                <input
                  type="checkbox"
                  aria-label={fr.clientsBulk.selectAllShown}
                  checked={allShownSelected}
                  onChange={(event) => setSelected(event.target.checked ? new Set(items.map((client) => client.id)) : new Set())}
                />
              </th>
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
              <tr key={client.id} className={`clickable${selected.has(client.id) ? ' selected' : ''}`} onClick={() => go('clients', client.id)}>
                <td className="check" onClick={(event) => event.stopPropagation()}>
                  <input type="checkbox" aria-label={fr.clientsBulk.selectOne(client.name)} checked={selected.has(client.id)} onChange={() => toggle(client.id)} />
                </td>
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

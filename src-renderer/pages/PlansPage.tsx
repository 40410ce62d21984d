import { useState } from 'react'
import { PLAN_LIST_FORMATS, PLAN_STATUSES, PLAN_STATUS_LABELS, type PlanStatus } from '../../src-shared/contract/plans'
import { formatFrenchDate } from '../../src-shared/dates'
import { formatEuros } from '../../src-shared/money'
import { PlanStatusBadge } from '../components/plans/PlanStatusBadge'
import { downloadFile } from '../download-file'
import { fr } from '../i18n/fr'
import { useNavigation } from '../stores/navigation'
import { useMutation, useQuery } from '../use-channel'
import '../components/plans/plans.css'

const t = fr.plans

interface Filters {
  status: PlanStatus | ''
  lateOnly: boolean
  search: string
}

const NO_FILTER: Filters = { status: '', lateOnly: false, search: '' }

function queryOf(filters: Filters) {
  return {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.lateOnly ? { lateOnly: true } : {}),
    ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
  }
}

/** Échéanciers: every plan with its status, next instalment, what is left to pay and what is late; a row opens the plan. */
export function PlansPage() {
  const [filters, setFilters] = useState<Filters>(NO_FILTER)
  const list = useQuery('plans.list', queryOf(filters))
  const go = useNavigation((state) => state.go)
  const rows = list.data?.rows ?? []
  const filtered = filters.status !== '' || filters.lateOnly || filters.search.trim() !== ''

  return (
    <section className="plans-page">
      <div className="page-header">
        <div>
          <h1>{fr.nav.plans}</h1>
          <p className="muted">{t.intro}</p>
        </div>
        <PlanExportButtons query={queryOf(filters)} />
      </div>

      <div className="plan-filters" role="group" aria-label={t.filters}>
        <input
          type="search"
          className="search"
          aria-label={t.searchLabel}
          placeholder={t.search}
          value={filters.search}
          onChange={(event) => setFilters({ ...filters, search: event.target.value })}
        />
        <select aria-label={t.statusLabel} value={filters.status} onChange={(event) => setFilters({ ...filters, status: event.target.value as PlanStatus | '' })}>
          <option value="">{t.allStatuses}</option>
          {PLAN_STATUSES.map((status) => (
            <option key={status} value={status}>
              {PLAN_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
        <label className="inline-check">
          <input type="checkbox" checked={filters.lateOnly} onChange={(event) => setFilters({ ...filters, lateOnly: event.target.checked })} /> {t.lateOnly}
        </label>
        {filtered ? (
          <button type="button" className="secondary small" onClick={() => setFilters(NO_FILTER)}>
            {t.clearFilters}
          </button>
        ) : null}
      </div>

      {list.error ? <p className="error-text" role="alert">{list.error.message}</p> : null}
      {!list.data ? (
        list.error ? null : <p className="muted">{fr.common.loading}</p>
      ) : rows.length === 0 ? (
        <div className="empty">
          <p>{filtered ? t.noMatch : t.empty}</p>
        </div>
      ) : (
        <>
          <p className="muted">{t.shown(rows.length)}</p>
          <table className="grid plans-table" aria-label={t.listLabel}>
            <thead>
              <tr>
                <th>{t.columns.client}</th>
                <th>{t.columns.status}</th>
                <th>{t.columns.proposedOn}</th>
                <th className="num">{t.columns.covered}</th>
                <th className="num">{t.columns.remaining}</th>
                <th>{t.columns.next}</th>
                <th className="num">{t.columns.late}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} onClick={() => go('plans', row.id)}>
                  <td>
                    <a
                      href={`#/plans/${row.id}`}
                      className="client-cell"
                      onClick={(event) => {
                        event.preventDefault()
                        go('plans', row.id)
                      }}
                    >
                      <span>{row.clientName}</span>
                      <span className="code">{row.clientCode}</span>
                    </a>
                  </td>
                  <td>
                    <PlanStatusBadge status={row.status} />
                  </td>
                  <td>{formatFrenchDate(row.proposedOn)}</td>
                  <td className="num">{formatEuros(row.coveredCents)}</td>
                  <td className="num">{formatEuros(row.remainingCents)}</td>
                  <td className="next">{row.nextDueDate && row.nextAmountCents !== null ? t.nextDue(formatFrenchDate(row.nextDueDate), formatEuros(row.nextAmountCents)) : t.none}</td>
                  <td className={row.lateCount > 0 ? 'num late' : 'num'}>{row.lateCount > 0 ? t.lateCount(row.lateCount, formatEuros(row.lateCents)) : t.none}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}

/** CSV and Excel of the list as filtered on screen. */
function PlanExportButtons({ query }: { query: ReturnType<typeof queryOf> }) {
  const exportList = useMutation('plans.export')
  const working = exportList.pending
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  async function exportAs(format: (typeof PLAN_LIST_FORMATS)[number]) {
    setMessage(null)
    const result = await exportList.run({ ...query, format })
    if (!result.ok) return setMessage({ ok: false, text: result.error.message })
    downloadFile(result.data)
    setMessage({ ok: true, text: fr.files.downloaded(result.data.fileName) })
  }

  return (
    <div className="aging-export">
      <div className="actions" role="group" aria-label={t.export.label}>
        {PLAN_LIST_FORMATS.map((format) => (
          <button key={format} type="button" className="secondary" title={t.export.titles[format]} disabled={working} onClick={() => void exportAs(format)}>
            {t.export.formats[format]}
          </button>
        ))}
      </div>
      {message ? (
        <p className={message.ok ? 'muted aging-export-note' : 'error-text aging-export-note'} role={message.ok ? 'status' : 'alert'}>
          {working ? t.export.working : message.text}
        </p>
      ) : null}
    </div>
  )
}

import { useState } from 'react'
import { JOURNAL_FORMATS, REMINDER_CHANNEL_LABELS, REMINDER_CHANNELS, REMINDER_STATUSES, type ReminderChannel, type ReminderStatus } from '../../../src-shared/contract/dunning'
import { formatFrenchDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import { downloadFile } from '../../download-file'
import { fr } from '../../i18n/fr'
import { useMutation, useQuery } from '../../use-channel'
import { Pager } from '../invoices/Pager'

const t = fr.reminders.journal
const PAGE = 100
const LEVELS = [0, 1, 2, 3, 4, 5]

interface Filters {
  from: string
  to: string
  channel: ReminderChannel | ''
  status: ReminderStatus | ''
  level: string
}

const NONE: Filters = { from: '', to: '', channel: '', status: '', level: '' }

/** What the core needs of the filters: the ones set. */
function query(filters: Filters) {
  return {
    from: filters.from || undefined,
    to: filters.to || undefined,
    channel: filters.channel || undefined,
    status: filters.status || undefined,
    level: filters.level === '' ? undefined : Number(filters.level),
  }
}

/** The dossier's reminders journal: filters, a page at a time, and its export. */
export function ReminderJournal() {
  const [filters, setFilters] = useState<Filters>(NONE)
  const [offset, setOffset] = useState(0)
  const journal = useQuery('dunning.journal', { ...query(filters), offset, limit: PAGE })
  const page = journal.data ?? null
  const exporting = useMutation('dunning.journalExport')
  const [exported, setExported] = useState<string | null>(null)
  const failure = exporting.error ?? journal.error
  const message = failure ? { ok: false, text: failure.message } : exported ? { ok: true, text: exported } : null

  const set = (patch: Partial<Filters>) => {
    setFilters({ ...filters, ...patch })
    setOffset(0)
  }

  async function exportAs(format: (typeof JOURNAL_FORMATS)[number]) {
    const result = await exporting.run({ ...query(filters), format })
    if (!result.ok) return setExported(null)
    downloadFile(result.data)
    setExported(t.exported(result.data.fileName))
  }

  return (
    <section aria-label={t.title}>
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>
      <div className="toolbar journal-filters">
        <label className="inline-field">
          {t.from}
          <input type="date" value={filters.from} onChange={(event) => set({ from: event.target.value })} />
        </label>
        <label className="inline-field">
          {t.to}
          <input type="date" value={filters.to} onChange={(event) => set({ to: event.target.value })} />
        </label>
        <label className="inline-field">
          {t.channel}
          <select value={filters.channel} onChange={(event) => set({ channel: event.target.value as ReminderChannel | '' })}>
            <option value="">{t.all}</option>
            {REMINDER_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {REMINDER_CHANNEL_LABELS[channel]}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          {t.status}
          <select value={filters.status} onChange={(event) => set({ status: event.target.value as ReminderStatus | '' })}>
            <option value="">{t.all}</option>
            {REMINDER_STATUSES.filter((status) => status !== 'proposed').map((status) => (
              <option key={status} value={status}>
                {fr.reminders.statuses[status]}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          {t.level}
          <select value={filters.level} onChange={(event) => set({ level: event.target.value })}>
            <option value="">{t.all}</option>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {t.levelName(level)}
              </option>
            ))}
          </select>
        </label>
        <div className="actions" role="group" aria-label={t.export}>
          {JOURNAL_FORMATS.map((format) => (
            <button key={format} type="button" className="secondary small" onClick={() => void exportAs(format)}>
              {t.export} {t.formats[format]}
            </button>
          ))}
        </div>
      </div>
      {message ? (
        <p className={message.ok ? 'muted' : 'error-text'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
      {!page ? (
        <p className="muted">{fr.common.loading}</p>
      ) : page.total === 0 ? (
        <p className="empty">{t.empty}</p>
      ) : (
        <>
          <Pager offset={offset} limit={PAGE} total={page.total} onPage={setOffset} />
          <table className="grid" aria-label={t.table}>
            <thead>
              <tr>
                <th>{t.columns.date}</th>
                <th>{t.columns.client}</th>
                <th>{t.columns.step}</th>
                <th>{t.columns.channel}</th>
                <th>{t.columns.status}</th>
                <th>{t.columns.invoices}</th>
                <th className="num">{t.columns.amount}</th>
                <th>{t.columns.note}</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => (
                <tr key={row.id}>
                  <td>{formatFrenchDate(row.plannedOn)}</td>
                  <td>
                    {row.clientName} <span className="code">{row.clientCode}</span>
                  </td>
                  <td>{row.stepLabel}</td>
                  <td>{REMINDER_CHANNEL_LABELS[row.channel]}</td>
                  <td>{fr.reminders.statuses[row.status]}</td>
                  <td>{row.invoiceNumbers.join(', ')}</td>
                  <td className="num">{formatEuros(row.amountDueCents)}</td>
                  <td>{[row.outcome ? fr.reminders.callSheet.outcomes[row.outcome as keyof typeof fr.reminders.callSheet.outcomes] ?? row.outcome : null, row.note].filter(Boolean).join(' : ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}

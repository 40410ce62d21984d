import { Fragment, memo, useCallback, useState, type CSSProperties } from 'react'
import type { AgingBucket } from '../../../src-shared/aging-buckets'
import type { AgingReport, AgingRow, AgingSort } from '../../../src-shared/contract/aging'
import { formatEuros } from '../../../src-shared/money'
import { fr } from '../../i18n/fr'
import { bucketColor } from '../../bucket-colors'
import { ClientAgingDetail } from './ClientAgingDetail'

const t = fr.aging

interface AgingTableProps {
  report: AgingReport
  rows: AgingRow[]
  sort: AgingSort
  descending: boolean
  onSort(sort: AgingSort): void
  busy: boolean
}

/** An amount cell; zero is written faintly, so that what is owed stands out in a wide table. */
function Amount({ cents, className = '' }: { cents: number; className?: string }) {
  return <td className={`num ${cents === 0 ? 'zero' : ''} ${className}`}>{formatEuros(cents)}</td>
}

/** « Plus de 90 j » may wrap in a narrow header, but never between the number and its unit. */
function unbreakableUnit(label: string): string {
  // Only a number and its unit (« 90 j »): « Non échu » must stay free to wrap, or it runs under its sort arrow.
  return label.replace(/(?<=\d) (?=j$)/, '\u00a0')
}

/** The width of an amount in `ch` (tabular digits, € and minus about 1ch in bold; spaces and the comma far less). */
function widthInCh(text: string): number {
  return [...text].reduce((width, char) => width + (/[\d€-]/.test(char) ? 1.05 : 0.4), 0)
}

/**
 * Amount columns as wide as the widest total (« 57 831 764,59 € » in a large dossier,
 * « 86 798,21 € » in a small one: the names get the rest), and the table no narrower
 * than its columns plus 120 px of names, so that many buckets widen the page rather
 * than squeeze the names away. Read by styles.css (.aging-table).
 */
function columnSizes(report: AgingReport): CSSProperties {
  const { totals } = report
  const owed = totals.bucketCents.reduce((sum, cents) => sum + cents, 0)
  const amounts = [...totals.bucketCents, totals.creditCents, totals.totalCents]
  // Owed counts too: one client's balance can exceed the total when others are in credit.
  const widest = Math.max(8, ...[...amounts, owed].map((cents) => widthInCh(formatEuros(cents))))
  return { '--amount-width': `calc(${widest.toFixed(1)}ch + 12px)`, '--amount-columns': amounts.length } as CSSProperties
}

interface ClientRowProps {
  row: AgingRow
  buckets: AgingBucket[]
  asOf: string
  open: boolean
  onToggle(clientId: number): void
}

/**
 * A client's row, and its open invoices under it when opened. Memoised: showing 200 more
 * clients, or the list's busy state, leaves the rows already drawn alone.
 */
const ClientRow = memo(function ClientRow({ row, buckets, asOf, open, onToggle }: ClientRowProps) {
  const detailId = `aging-detail-${row.clientId}`
  return (
    <>
      <tr className={`clickable${open ? ' expanded' : ''}`} onClick={() => onToggle(row.clientId)}>
        <td className="aging-toggle-column">
          <button
            type="button"
            className="aging-toggle"
            aria-expanded={open}
            aria-controls={open ? detailId : undefined}
            aria-label={t.expand(row.name)}
            onClick={(event) => {
              event.stopPropagation()
              onToggle(row.clientId)
            }}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        </td>
        <td className="code">{row.code}</td>
        <td className="aging-name" title={row.segment ? `${row.name} — ${row.segment}` : row.name}>
          {row.name}
        </td>
        {row.bucketCents.map((cents, index) => (
          <Amount key={buckets[index]?.key ?? index} cents={cents} className={index > 0 && cents > 0 ? 'late' : ''} />
        ))}
        <Amount cents={row.creditCents} className="credit" />
        <Amount cents={row.totalCents} className="total" />
      </tr>
      {open ? (
        <tr className="aging-detail-row" id={detailId}>
          <td colSpan={buckets.length + 5}>
            <ClientAgingDetail clientId={row.clientId} clientName={row.name} segment={row.segment} asOf={asOf} />
          </td>
        </tr>
      ) : null}
    </>
  )
})

/**
 * One row per client, sortable on every column by the core; a row opens on the client's
 * open invoices. The segment is a filter and a tooltip rather than a column: the buckets
 * need the width (it is a column of the exports). The totals row covers every client matching the filters, including
 * those not shown yet.
 */
export function AgingTable({ report, rows, sort, descending, onSort, busy }: AgingTableProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set())

  const toggle = useCallback((clientId: number) => {
    setExpanded((current) => {
      const next = new Set(current)
      if (!next.delete(clientId)) next.add(clientId)
      return next
    })
  }, [])

  const header = (column: AgingSort, label: string, options: { amount?: boolean; title?: string; swatch?: string } = {}) => {
    const sorted = column === sort
    return (
      <th scope="col" className={options.amount ? 'num' : undefined} aria-sort={sorted ? (descending ? 'descending' : 'ascending') : 'none'} title={options.title}>
        <button type="button" className={`sort${sorted ? ' sorted' : ''}`} onClick={() => onSort(column)}>
          {options.swatch ? <span className="swatch" style={{ background: options.swatch }} aria-hidden="true" /> : null}
          <span className="sort-label">{label}</span>
          <span className="sort-arrow" aria-hidden="true">{sorted ? (descending ? '▼' : '▲') : '↕'}</span>
        </button>
      </th>
    )
  }

  return (
    <table className="grid aging-table" aria-label={t.table} aria-busy={busy} style={columnSizes(report)}>
      {/* Fixed widths: the browser lays out hundreds of rows without measuring each cell. */}
      <colgroup>
        <col className="col-toggle" />
        <col className="col-code" />
        <col />
        {report.buckets.map((bucket) => (
          <col key={bucket.key} className="col-amount" />
        ))}
        <col className="col-amount" />
        <col className="col-total" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className="aging-toggle-column"><span className="visually-hidden">{t.columns.detail}</span></th>
          {header('code', t.columns.code)}
          {header('name', t.columns.client)}
          {report.buckets.map((bucket, index) => (
            <Fragment key={bucket.key}>
              {header(index, unbreakableUnit(bucket.label), { amount: true, swatch: bucketColor(index, report.buckets.length) })}
            </Fragment>
          ))}
          {header('credit', t.columns.credit, { amount: true, title: t.creditTitle })}
          {header('total', t.columns.total, { amount: true })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <ClientRow key={row.clientId} row={row} buckets={report.buckets} asOf={report.asOf} open={expanded.has(row.clientId)} onToggle={toggle} />
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td />
          <th scope="row" colSpan={2}>
            {t.totalRow} — {t.clients(report.totals.clientCount)}
          </th>
          {report.totals.bucketCents.map((cents, index) => (
            <Amount key={report.buckets[index]?.key ?? index} cents={cents} />
          ))}
          <Amount cents={report.totals.creditCents} className="credit" />
          <Amount cents={report.totals.totalCents} className="total" />
        </tr>
      </tfoot>
    </table>
  )
}

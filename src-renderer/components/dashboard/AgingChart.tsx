import type { AgingBucketTotal } from '../../../src-shared/contract/dashboard'
import { formatEuros } from '../../../src-shared/money'
import { bucketColor } from '../../bucket-colors'
import { fr } from '../../i18n/fr'
import { formatShare } from './format-share'
import './aging-chart.css'

const t = fr.dashboard

/**
 * The aged balance of the whole dossier as one stacked bar, drawn in SVG (0–100 on the
 * x axis, stretched to the panel's width), with its figures in a table beneath so that
 * every amount can be read, copied and reached by a screen reader. The table ends as the
 * aged balance does: open invoices, less the unallocated credits, give « Solde clients ».
 */
export function AgingChart({ buckets, creditCents }: { buckets: AgingBucketTotal[]; creditCents: number }) {
  const total = buckets.reduce((sum, bucket) => sum + bucket.amountCents, 0)
  const invoiceCount = buckets.reduce((sum, bucket) => sum + bucket.invoiceCount, 0)
  let offset = 0
  const rows = buckets.map((bucket, index) => {
    const share = total > 0 ? bucket.amountCents / total : 0
    const row = { bucket, share, offset, color: bucketColor(index, buckets.length) }
    offset += share * 100
    return row
  })
  const description = t.agingChart(rows.map((row) => `${row.bucket.label} ${formatEuros(row.bucket.amountCents)}`).join(', '))

  return (
    <div className="aging-chart">
      <svg className="stacked-bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={description}>
        {total === 0 ? <rect width="100" height="10" className="empty-bar" /> : null}
        {rows.map((row) => (
          <rect key={row.bucket.key} x={row.offset} width={row.share * 100} height="10" fill={row.color}>
            <title>{`${row.bucket.label} : ${formatEuros(row.bucket.amountCents)}`}</title>
          </rect>
        ))}
      </svg>
      <table className="chart-legend">
        <thead>
          <tr>
            <th scope="col">{t.agingColumns.bucket}</th>
            <th scope="col" className="num">{t.agingColumns.amount}</th>
            <th scope="col" className="num">{t.agingColumns.share}</th>
            <th scope="col" className="num">{t.agingColumns.invoices}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.bucket.key}>
              <th scope="row">
                <span className="swatch" style={{ background: row.color }} aria-hidden="true" />
                {row.bucket.label}
              </th>
              <td className="num">{formatEuros(row.bucket.amountCents)}</td>
              <td className="num muted">{formatShare(row.share)}</td>
              <td className="num muted">{row.bucket.invoiceCount.toLocaleString('fr-FR')}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.agingTotal}</th>
            <td className="num">{formatEuros(total)}</td>
            <td className="num muted">{formatShare(total > 0 ? 1 : 0)}</td>
            <td className="num muted">{invoiceCount.toLocaleString('fr-FR')}</td>
          </tr>
          <tr>
            <th scope="row">{t.agingCredits}</th>
            <td className="num">{formatEuros(-creditCents)}</td>
            <td colSpan={2} />
          </tr>
          <tr className="balance">
            <th scope="row">{t.agingBalance}</th>
            <td className="num">{formatEuros(total - creditCents)}</td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

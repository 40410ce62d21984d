import { useId } from 'react'
import type { AgingBucket } from '../../../src-shared/aging-buckets'
import { formatEuros } from '../../../src-shared/money'
import { fr } from '../../i18n/fr'
import { formatShare } from '../dashboard/format-share'
import { bucketColor } from '../../bucket-colors'

const t = fr.aging

/**
 * What is owed, split by bucket, as one stacked bar drawn in SVG (1000 units wide,
 * stretched to the panel), with a legend giving each amount and share. The same figures
 * are in the table's totals row; the SVG's title and description carry them for screen
 * readers. Credits are not drawn: they are not owed by age.
 */
export function AgingStackedBar({ buckets, bucketCents }: { buckets: AgingBucket[]; bucketCents: number[] }) {
  const id = useId()
  const owed = bucketCents.reduce((sum, cents) => sum + Math.max(0, cents), 0)
  let x = 0
  const parts = buckets.map((bucket, index) => {
    const cents = Math.max(0, bucketCents[index] ?? 0)
    const share = owed > 0 ? cents / owed : 0
    const part = { bucket, cents, share, x, color: bucketColor(index, buckets.length) }
    x += share * 1000
    return part
  })
  const description = t.chartDescription(parts.map((part) => `${part.bucket.label} ${formatEuros(part.cents)} (${formatShare(part.share)})`).join(', '))

  return (
    <figure className="aging-stacked">
      <svg viewBox="0 0 1000 40" preserveAspectRatio="none" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <title id={`${id}-title`}>{t.chart}</title>
        <desc id={`${id}-desc`}>{owed > 0 ? description : t.chartNothing}</desc>
        <rect width="1000" height="40" className="aging-stacked-track" />
        {parts.map((part) =>
          part.share > 0 ? <rect key={part.bucket.key} x={part.x} width={part.share * 1000} height="40" fill={part.color} /> : null,
        )}
      </svg>
      <figcaption>
        <ul className="aging-legend" aria-hidden="true">
          {parts.map((part) => (
            <li key={part.bucket.key}>
              <span className="swatch" style={{ background: part.color }} />
              <span className="aging-legend-label">{part.bucket.label}</span>
              <strong>{formatEuros(part.cents)}</strong>
              <span className="muted">{formatShare(part.share)}</span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}

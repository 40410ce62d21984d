import { formatFrenchDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import { fr } from '../../i18n/fr'
import { useNavigation } from '../../stores/navigation'
import { useQuery } from '../../use-channel'

const t = fr.aging.detail

interface ClientAgingDetailProps {
  clientId: number
  clientName: string
  segment: string | null
  asOf: string
}

/** A client's open invoices and credits as of the balance's date, under its row; the client file is one click away. */
export function ClientAgingDetail({ clientId, clientName, segment, asOf }: ClientAgingDetailProps) {
  const go = useNavigation((state) => state.go)
  const { data: detail, error } = useQuery('aging.clientInvoices', { clientId, asOf })

  if (error) return <p className="error-text" role="alert">{error.message}</p>
  if (!detail) return <p className="muted">{fr.common.loading}</p>

  return (
    <div className="aging-detail">
      <div className="aging-detail-header">
        <span className="muted">{[segment ? t.segment(segment) : null, t.dso(detail.dsoDays)].filter(Boolean).join(' · ')}</span>
        <a
          href={`#/clients/${clientId}`}
          onClick={(event) => {
            event.preventDefault()
            go('clients', clientId)
          }}
        >
          {t.openClient} →
        </a>
      </div>
      {detail.invoices.length === 0 ? (
        <p className="muted">{t.noInvoices}</p>
      ) : (
        <table className="grid aging-invoices" aria-label={fr.aging.expand(clientName)}>
          <thead>
            <tr>
              <th scope="col">{t.columns.number}</th>
              <th scope="col">{t.columns.issueDate}</th>
              <th scope="col">{t.columns.dueDate}</th>
              <th scope="col" className="num">{t.columns.amount}</th>
              <th scope="col" className="num">{t.columns.balance}</th>
              <th scope="col" className="num">{t.columns.late}</th>
              <th scope="col">{t.columns.bucket}</th>
            </tr>
          </thead>
          <tbody>
            {detail.invoices.map((invoice) => (
              <tr key={invoice.id}>
                <td className="code">{invoice.number}</td>
                <td className="date">{formatFrenchDate(invoice.issueDate)}</td>
                <td className={`date${invoice.daysLate > 0 ? ' overdue' : ''}`}>{formatFrenchDate(invoice.dueDate)}</td>
                <td className="num">{formatEuros(invoice.amountCents)}</td>
                <td className="num">{formatEuros(invoice.balanceCents)}</td>
                <td className="num">{t.daysLate(invoice.daysLate)}</td>
                <td>{detail.buckets[invoice.bucket]?.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {detail.credits.length > 0 ? (
        <div className="aging-credits">
          <h3>{t.credits}</h3>
          <ul>
            {detail.credits.map((credit) => (
              <li key={`${credit.kind}-${credit.id}`}>
                <span>
                  {credit.kind === 'payment'
                    ? t.payment(formatFrenchDate(credit.date), credit.reference)
                    : t.creditNote(credit.reference, formatFrenchDate(credit.date))}
                </span>
                <strong>{formatEuros(-credit.remainingCents)}</strong>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  )
}

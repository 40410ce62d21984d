import { useEffect, useRef, useState } from 'react'
import { formatFrenchDate, isIsoDate } from '../../src-shared/dates'
import { formatEuros } from '../../src-shared/money'
import { fr } from '../i18n/fr'
import { useDossier } from '../stores/dossier'
import { statementTsv } from '../statement-text'
import { useQuery } from '../use-channel'
import { InvoiceStatementRows, StatementHead } from './InvoiceStatementRows'
import { StatementActions } from './StatementActions'

const t = fr.penalties

/**
 * « Décompte des pénalités au … »: the late invoices with their periods (du, au, jours,
 * base, taux, montant), the 40 € indemnities and the whole claim, as the letters will print it.
 */
export function PenaltyStatement({ client, version }: { client: { id: number; name: string; code: string }; version: number }) {
  const clientId = client.id
  const today = useDossier((state) => state.info?.today)
  const area = useRef<HTMLElement>(null)
  const [asOf, setAsOf] = useState<string>('')
  // A date still being typed asks nothing; the last statement stays on screen meanwhile.
  const query = useQuery('penalties.clientStatement', isIsoDate(asOf) ? { clientId, asOf } : null, version)
  const statement = query.data
  const error = query.error ? (query.error.details?.fields?.asOf ?? query.error.message) : null

  useEffect(() => {
    if (!asOf && today) setAsOf(today)
  }, [asOf, today])

  return (
    <section ref={area} className="panel penalty-statement" aria-label={t.title}>
      <div className="statement-header">
        <h2>{t.title} {statement ? formatFrenchDate(statement.asOf) : ''}</h2>
        <label className="inline-field no-print">
          {t.asOf}{' '}
          <input type="date" value={asOf} onChange={(event) => setAsOf(event.target.value)} aria-label={t.asOf} />
        </label>
      </div>
      {statement && statement.invoices.length > 0 ? (
        <StatementActions
          pdf={{ clientId, asOf: statement.asOf }}
          printArea={area}
          printHeading={t.printHeading(client.name, client.code, formatFrenchDate(today ?? statement.asOf))}
          text={() =>
            statementTsv(`${t.title} ${formatFrenchDate(statement.asOf)} — ${client.name} (${client.code})`, statement.invoices, [
              [t.principal, statement.principalCents],
              [t.interest, statement.interestCents],
              [t.indemnities, statement.indemnityCents],
              [t.claim, statement.claimCents],
            ])
          }
        />
      ) : null}
      {error ? <p className="error-text" role="alert">{error}</p> : null}
      {statement && statement.warnings.length > 0 ? (
        <ul className="statement-warnings" aria-label={t.warnings}>
          {statement.warnings.map((warning) => <li key={warning}>{warning}</li>)}
        </ul>
      ) : null}
      {statement && statement.invoices.length === 0 ? <p className="muted">{t.nothing}</p> : null}
      {statement && statement.invoices.length > 0 ? (
        <table className="grid statement-table" aria-label={t.title}>
          <StatementHead />
          <tbody>
            {statement.invoices.map((invoice) => (
              <InvoiceStatementRows key={invoice.invoiceId} statement={invoice} />
            ))}
          </tbody>
          <tfoot>
            <tr><th scope="row" colSpan={5}>{t.principal}</th><td className="num">{formatEuros(statement.principalCents)}</td></tr>
            <tr><th scope="row" colSpan={5}>{t.interest}</th><td className="num">{formatEuros(statement.interestCents)}</td></tr>
            <tr><th scope="row" colSpan={5}>{t.indemnities}</th><td className="num">{formatEuros(statement.indemnityCents)}</td></tr>
            <tr className="statement-total"><th scope="row" colSpan={5}>{t.claim}</th><td className="num">{formatEuros(statement.claimCents)}</td></tr>
          </tfoot>
        </table>
      ) : null}
    </section>
  )
}

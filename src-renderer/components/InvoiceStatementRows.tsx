import { Fragment } from 'react'
import type { InvoiceStatement } from '../../src-shared/contract/penalties'
import { formatFrenchDate } from '../../src-shared/dates'
import { formatEuros } from '../../src-shared/money'
import { fr } from '../i18n/fr'

const t = fr.penalties

/** "12,15 %" from basis points, French style. */
const ratePct = (bp: number) => `${(bp / 100).toLocaleString('fr-FR', { minimumFractionDigits: 2 })} %`

export function StatementHead() {
  return (
    <thead>
      <tr>
        <th scope="col">{t.columns.from}</th>
        <th scope="col">{t.columns.to}</th>
        <th scope="col" className="num">{t.columns.days}</th>
        <th scope="col" className="num">{t.columns.base}</th>
        <th scope="col" className="num">{t.columns.rate}</th>
        <th scope="col" className="num">{t.columns.amount}</th>
      </tr>
    </thead>
  )
}

/** One invoice's lines of a statement: its heading, its periods, its indemnity, its flags. */
export function InvoiceStatementRows({ statement }: { statement: InvoiceStatement }) {
  return (
    <Fragment>
      <tr className="statement-invoice">
        <th scope="rowgroup" colSpan={6}>
          {t.invoiceLine(statement.number, formatFrenchDate(statement.dueDate), formatEuros(statement.amountCents), formatEuros(statement.unpaidCents))}
        </th>
      </tr>
      {statement.periods.map((period) => (
        <tr key={period.from}>
          <td>{formatFrenchDate(period.from)}</td>
          <td>{formatFrenchDate(period.to)}</td>
          <td className="num">{period.days}</td>
          <td className="num">{formatEuros(period.baseCents)}</td>
          <td className="num">{ratePct(period.rateBp)}</td>
          <td className="num">{formatEuros(period.amountCents)}</td>
        </tr>
      ))}
      {statement.indemnityCents > 0 ? (
        <tr>
          <td colSpan={5}>{t.indemnity}</td>
          <td className="num">{formatEuros(statement.indemnityCents)}</td>
        </tr>
      ) : null}
      {statement.flags.map((flag) => (
        <tr key={flag} className="statement-flag"><td colSpan={6}>{flag}</td></tr>
      ))}
    </Fragment>
  )
}

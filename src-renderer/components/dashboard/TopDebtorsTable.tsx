import type { Debtor } from '../../../src-shared/contract/dashboard'
import { formatEuros } from '../../../src-shared/money'
import { fr } from '../../i18n/fr'
import { useNavigation } from '../../stores/navigation'

const t = fr.dashboard

/** The largest balances, each opening its client's file, as in the Clients list. */
export function TopDebtorsTable({ debtors }: { debtors: Debtor[] }) {
  const go = useNavigation((state) => state.go)
  if (debtors.length === 0) return <p className="muted">{t.noDebtors}</p>
  return (
    <table className="grid top-debtors" aria-label={t.topDebtors}>
      <thead>
        <tr>
          <th scope="col">{fr.clients.columns.code}</th>
          <th scope="col">{fr.clients.columns.name}</th>
          <th scope="col" className="num">{fr.clients.columns.balance}</th>
          <th scope="col" className="num">{fr.clients.columns.overdue}</th>
        </tr>
      </thead>
      <tbody>
        {debtors.map((debtor) => (
          <tr key={debtor.clientId} className="clickable" onClick={() => go('clients', debtor.clientId)}>
            <td className="code">{debtor.code}</td>
            <td>
              <a href={`#/clients/${debtor.clientId}`} onClick={(event) => { event.preventDefault(); go('clients', debtor.clientId) }}>
                {debtor.name}
              </a>
            </td>
            <td className="num">{formatEuros(debtor.balanceCents)}</td>
            <td className={`num${debtor.overdueCents > 0 ? ' overdue' : ''}`}>{formatEuros(debtor.overdueCents)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

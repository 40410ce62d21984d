import type { QueuedLetter } from '../../../src-shared/contract/letter-batches'
import { formatFrenchDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import { fr } from '../../i18n/fr'

const t = fr.letters

interface LetterQueueProps {
  letters: QueuedLetter[]
  selected: Set<number>
  onSelect(selected: Set<number>): void
}

/** The validated letters waiting to be printed, each selectable. */
export function LetterQueue({ letters, selected, onSelect }: LetterQueueProps) {
  if (letters.length === 0) return <p className="empty">{t.queueEmpty}</p>
  const all = letters.every((letter) => selected.has(letter.actionId))
  const toggle = (id: number) => {
    const next = new Set(selected)
    if (!next.delete(id)) next.add(id)
    onSelect(next)
  }
  return (
    <table className="grid letter-queue">
      <thead>
        <tr>
          <th className="check">
            <input type="checkbox" aria-label={t.selectAll} checked={all} onChange={() => onSelect(all ? new Set() : new Set(letters.map((l) => l.actionId)))} />
          </th>
          <th>{t.columns.client}</th>
          <th>{t.columns.template}</th>
          <th>{t.columns.channel}</th>
          <th>{t.columns.plannedOn}</th>
          <th className="num">{t.columns.invoices}</th>
          <th className="num">{t.columns.balance}</th>
        </tr>
      </thead>
      <tbody>
        {letters.map((letter) => (
          <tr key={letter.actionId}>
            <td className="check">
              <input type="checkbox" aria-label={t.select(letter.clientName)} checked={selected.has(letter.actionId)} onChange={() => toggle(letter.actionId)} />
            </td>
            <td>
              <span className="code">{letter.clientCode}</span> {letter.clientName}
            </td>
            <td>{letter.templateName ?? t.noTemplate}</td>
            <td>{t.channels[letter.channel]}</td>
            <td>{formatFrenchDate(letter.plannedOn)}</td>
            <td className="num">{letter.invoiceCount}</td>
            <td className="num">{formatEuros(letter.balanceCents)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

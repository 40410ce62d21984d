import { useState } from 'react'
import { REMINDER_CHANNEL_LABELS, type ReminderActionView, type ReminderChannel } from '../../../src-shared/contract/dunning'
import { formatFrenchDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import { fr } from '../../i18n/fr'
import { useDossier } from '../../stores/dossier'
import { useReminders } from '../../stores/reminders'
import { CallSheetDialog } from './CallSheetDialog'

const t = fr.reminders

/** Rows listed per group; the print batch and the outbox handle them all. */
const SHOWN = 200

/** Where a validated action goes next: letters to the print batch, e-mails to the outbox, calls to the call sheets. */
const GROUP_OF: Record<ReminderChannel, keyof typeof t.queueGroups> = {
  registered_letter: 'print',
  letter: 'print',
  email: 'send',
  phone: 'call',
}

/** Validated reminders waiting to be printed, sent or made. */
export function ValidatedQueue({ queue }: { queue: ReminderActionView[] }) {
  const today = useDossier((state) => state.info?.today)
  const recorded = useReminders((state) => state.recorded)
  const [calling, setCalling] = useState<number | null>(null)
  const groups = (Object.keys(t.queueGroups) as Array<keyof typeof t.queueGroups>).map((group) => ({
    group,
    actions: queue.filter((action) => GROUP_OF[action.channel] === group),
  }))
  return (
    <section className="panel" aria-label={t.queueTitle}>
      <h2>{t.queueTitle}</h2>
      {queue.length === 0 ? <p className="muted">{t.queueEmpty}</p> : null}
      {groups
        .filter(({ actions }) => actions.length > 0)
        .map(({ group, actions }) => (
          <div key={group} className="queue-group">
            <h3>
              {t.queueGroups[group]} <span className="badge muted-badge">{actions.length.toLocaleString('fr-FR')}</span>
            </h3>
            {actions.length > SHOWN ? <p className="muted">{t.queueFirst(SHOWN, actions.length)}</p> : null}
            <table className="grid" aria-label={t.queueTable(t.queueGroups[group])}>
              <thead>
                <tr>
                  <th>{t.columns.client}</th>
                  <th>{t.columns.step}</th>
                  <th>{t.columns.invoices}</th>
                  <th className="num">{t.columns.amount}</th>
                  <th>{t.validatedOn}</th>
                  {group === 'call' ? <th>{t.columns.actions}</th> : null}
                </tr>
              </thead>
              <tbody>
                {actions.slice(0, SHOWN).map((action) => (
                  <tr key={action.id}>
                    <td>
                      {action.clientName} <span className="code">{action.clientCode}</span>
                    </td>
                    <td>
                      {action.stepLabel} <span className="muted">({REMINDER_CHANNEL_LABELS[action.channel]})</span>
                    </td>
                    <td>{action.invoiceNumbers.join(', ')}</td>
                    <td className="num">{formatEuros(action.amountDueCents)}</td>
                    <td>{formatFrenchDate(action.plannedOn)}</td>
                    {group === 'call' ? (
                      <td>
                        <button type="button" className="small" disabled={!today} aria-label={t.callSheet.openFor(action.clientName)} onClick={() => setCalling(action.id)}>
                          {t.callSheet.open}
                        </button>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {calling !== null && today ? (
        <CallSheetDialog
          actionId={calling}
          today={today}
          onCancel={() => setCalling(null)}
          onRecorded={(message) => {
            setCalling(null)
            void recorded(message)
          }}
        />
      ) : null}
    </section>
  )
}

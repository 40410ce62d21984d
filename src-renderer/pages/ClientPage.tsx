import { useEffect, useState } from 'react'
import { formatEuros } from '../../src-shared/money'
import { ClientForm } from '../components/ClientForm'
import { ClientInvoices } from '../components/ClientInvoices'
import { ClientPayments } from '../components/ClientPayments'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { PenaltyStatement } from '../components/PenaltyStatement'
import { ClientDunningPanel } from '../components/reminders/ClientDunningPanel'
import { ClientPromises } from '../components/reminders/ClientPromises'
import { Timeline } from '../components/Timeline'
import { fr } from '../i18n/fr'
import { InvoiceForm } from '../components/invoices/InvoiceForm'
import { PaymentForm } from '../components/invoices/PaymentForm'
import { useClientFile } from '../stores/client-file'
import { useDossier } from '../stores/dossier'
import { useNavigation } from '../stores/navigation'
import { useMutation } from '../use-channel'
import { ClientLetterDialog } from '../components/letters/ClientLetterDialog'
// Échéanciers (#13)
import { ClientPlans } from '../components/plans/ClientPlans'

const t = fr.clientFile

/** One client's file: what they owe, how to reach them, and everything that happened. */
export function ClientPage({ clientId }: { clientId: number }) {
  const { client, timeline, error, load } = useClientFile()
  const go = useNavigation((state) => state.go)
  const today = useDossier((state) => state.info?.today)
  const [editing, setEditing] = useState(false)
  const [confirmingArchive, setConfirmingArchive] = useState(false)
  /** The entry form open above the file: what the accountant does most from a client's file. */
  const [entry, setEntry] = useState<'invoice' | 'credit_note' | 'payment' | null>(null)
  // One letter on demand (#12).
  const [writing, setWriting] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const archive = useMutation('clients.archive')
  // Bumped after a change made from this page, so that its sections reload.
  const [version, setVersion] = useState(0)
  const refresh = () => {
    setVersion((v) => v + 1)
    void load(clientId)
  }

  useEffect(() => {
    void load(clientId)
    setNotice(useClientFile.getState().takeArrivalNotice())
  }, [clientId, load])

  if (error && !client) return <p className="error-text" role="alert">{error}</p>
  if (!client || client.id !== clientId) return <p className="muted">{fr.common.loading}</p>

  const f = client.fields
  const terms = f.termsDays === undefined ? t.defaultTerms : `${f.termsDays} jours${f.termsEndOfMonth ? ' fin de mois' : ''}`

  async function setArchived(archived: boolean) {
    if (!client) return
    const result = await archive.run({ id: client.id, archived })
    setConfirmingArchive(false)
    setNotice(result.ok ? (result.data.archived ? t.archivedNotice : t.restoredNotice) : result.error.message)
    void load(clientId)
  }
  const owes = client.balanceCents > 0 || client.openInvoiceCount > 0
  // The header buttons toggle their form, as on Factures.
  const openEntry = (next: NonNullable<typeof entry>) => {
    setEntry((current) => (current === next ? null : next))
    setEditing(false)
    setNotice(null)
  }
  const entered = (message: string) => {
    setEntry(null)
    setNotice(message)
    refresh()
  }

  return (
    <section className="client-file">
      <a href="#/clients" className="back" onClick={(event) => { event.preventDefault(); go('clients') }}>
        ← {fr.clients.title}
      </a>
      <div className="page-header">
        <div>
          <h1>
            {client.name} {client.archived ? <span className="badge muted-badge">{t.archived}</span> : null}
          </h1>
          <p className="muted">
            <span className="code">{client.code}</span> · {fr.clients.kinds[client.kind]}
            {f.segment ? ` · ${f.segment}` : ''}
          </p>
        </div>
        {!editing ? (
          <div className="actions">
            {today ? (
              <>
                <button type="button" className="secondary" aria-pressed={entry === 'credit_note'} onClick={() => openEntry('credit_note')}>{fr.invoices.newCreditNote}</button>
                <button type="button" className="secondary" aria-pressed={entry === 'payment'} onClick={() => openEntry('payment')}>{fr.invoices.recordPayment}</button>
                <button type="button" aria-pressed={entry === 'invoice'} onClick={() => openEntry('invoice')}>{fr.invoices.newInvoice}</button>
              </>
            ) : null}
            {client.archived ? (
              <button type="button" className="secondary" onClick={() => void setArchived(false)}>{t.restore}</button>
            ) : (
              <button type="button" className="secondary" onClick={() => setConfirmingArchive(true)}>{t.archive}</button>
            )}
            <button type="button" className="secondary" onClick={() => setWriting(true)}>{fr.letters.clientLetter.button}</button>
            <button type="button" className="secondary" onClick={() => { setEditing(true); setEntry(null); setNotice(null) }}>{t.edit}</button>
          </div>
        ) : null}
      </div>
      {notice ? <p className="notice" role="status">{notice}</p> : null}
      {client.archived && owes ? <p className="form-summary" role="note">{t.archivedOwing(formatEuros(client.balanceCents))}</p> : null}
      {confirmingArchive ? (
        <ConfirmDialog
          title={t.archiveTitle(client.name)}
          confirmLabel={owes ? t.archiveWithDebt : t.archiveConfirm}
          danger={owes}
          onConfirm={() => setArchived(true)}
          onCancel={() => setConfirmingArchive(false)}
        >
          {owes ? (
            <p>
              <strong>
                {t.archiveOwes(formatEuros(client.balanceCents), client.overdueCents > 0 ? formatEuros(client.overdueCents) : '', client.openInvoiceCount)}
              </strong>
            </p>
          ) : null}
          <p>{t.archiveConsequences}</p>
        </ConfirmDialog>
      ) : null}

      {today && (entry === 'invoice' || entry === 'credit_note') ? (
        <InvoiceForm key={entry} kind={entry} today={today} client={client} onSaved={entered} onCancel={() => setEntry(null)} />
      ) : null}
      {today && entry === 'payment' ? <PaymentForm today={today} client={client} onSaved={entered} onCancel={() => setEntry(null)} /> : null}
      {writing && today ? <ClientLetterDialog clientId={client.id} today={today} onClose={() => setWriting(false)} /> : null}

      {editing ? (
        <ClientForm
          editing={{ id: client.id, fields: f }}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false)
            setNotice(t.saved)
            refresh()
          }}
        />
      ) : null}

      <div className="kpis" role="list" aria-label={t.figures}>
        <div className="kpi" role="listitem">
          <span>{t.balance}</span>
          <strong>{formatEuros(client.balanceCents)}</strong>
          {client.creditCents > 0 ? <small className="muted">{t.balanceCredit(formatEuros(-client.creditCents))}</small> : null}
        </div>
        <div className={`kpi${client.overdueCents > 0 ? ' danger' : ''}`} role="listitem"><span>{t.overdue}</span><strong>{formatEuros(client.overdueCents)}</strong></div>
        <div className="kpi" role="listitem"><span>{t.credit}</span><strong>{formatEuros(client.creditCents)}</strong></div>
        <div className="kpi" role="listitem"><span>{t.openInvoices}</span><strong>{client.openInvoiceCount}</strong></div>
      </div>

      <div className="client-columns">
        <section className="panel coordinates" aria-label={t.coordinates}>
          <h2>{t.coordinates}</h2>
          <address>
            {[f.addressLine1, f.addressLine2, [f.postalCode, f.city].filter(Boolean).join(' '), f.country !== 'France' ? f.country : undefined]
              .filter(Boolean)
              .map((line) => <div key={line}>{line}</div>)}
          </address>
          <dl>
            {f.emails ? <><dt>{t.emails}</dt><dd>{f.emails}</dd></> : null}
            {f.phone ? <><dt>{t.phone}</dt><dd>{f.phone}</dd></> : null}
            {f.siren ? <><dt>SIREN</dt><dd>{f.siren}</dd></> : null}
            {f.vatNumber ? <><dt>TVA</dt><dd>{f.vatNumber}</dd></> : null}
            <dt>{t.terms}</dt><dd>{terms}</dd>
          </dl>
          {f.contacts.length > 0 ? (
            <>
              <h3>{t.contacts}</h3>
              <ul className="contacts-list">
                {f.contacts.map((c) => (
                  <li key={`${c.name}-${c.email ?? ''}`}>
                    <strong>{c.name}</strong>{c.role ? `, ${c.role}` : ''}
                    {c.email ? <div>{c.email}</div> : null}
                    {c.phone ? <div>{c.phone}</div> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {f.notes ? <><h3>{t.notes}</h3><p className="notes">{f.notes}</p></> : null}
        </section>
        <Timeline clientId={client.id} entries={timeline} onChanged={() => void load(clientId)} />
      </div>
      <ClientDunningPanel clientId={client.id} version={version} onChanged={refresh} />
      {today ? <ClientPromises clientId={client.id} today={today} version={version} onChanged={refresh} /> : null}
      <ClientPlans clientId={client.id} clientName={client.name} today={today} version={version} />
      <ClientInvoices clientId={client.id} version={version} onChanged={refresh} />
      <ClientPayments clientId={client.id} version={version} onChanged={refresh} />
      <PenaltyStatement client={client} version={version} />
    </section>
  )
}

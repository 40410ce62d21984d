import type { ImportCheck } from '../../../src-shared/contract/imports'
import { fr } from '../../i18n/fr'
import { RejectionTable } from './RejectionTable'
import { RepairTable } from './RepairTable'
import type { CheckState } from './use-import-check'

const t = fr.importCheck

/** What « Importer » would do or refuse, from the whole file read before anything is written. */
export function ImportCheckPanel({ state }: { state: CheckState | null }) {
  if (state === null || state.status === 'failed') return null
  return (
    <section className="panel import-check" aria-labelledby="import-check-title" aria-busy={state.status === 'checking'}>
      <h2 id="import-check-title">{t.title}</h2>
      {state.status === 'checking' ? <p className="muted">{t.checking}</p> : <CheckOutcome check={state.check} />}
    </section>
  )
}

function CheckOutcome({ check }: { check: ImportCheck }) {
  const holds = (
    [
      [check.clients, t.clients],
      [check.invoices, t.invoices],
      [check.creditNotes, t.creditNotes],
      [check.payments, t.payments],
    ] as const
  ).flatMap(([n, [one, many]]) => (n > 0 ? [t.count(n, one, many)] : []))
  return (
    <>
      <p>
        {t.lines(check.lineCount)} : {t.holds(holds)}.
      </p>
      {check.rejectedLineCount > 0 ? (
        <>
          <p className="error-text">{t.firstErrors(check.rejected.length, check.rejectedLineCount)}</p>
          <RejectionTable rejected={check.rejected} />
        </>
      ) : null}
      <RepairTable repaired={check.repaired} count={check.repairedCount} />
    </>
  )
}

/** Why « Importer » must wait for the check, or null when it may start. */
export function checkBlocks(state: CheckState | null, acceptValid: boolean): string | null {
  if (state === null) return null
  if (state.status === 'checking') return t.checking
  if (state.status === 'failed') return state.message
  return state.check.rejectedLineCount > 0 && !acceptValid ? t.inError(state.check.rejectedLineCount) : null
}

/** What is said beside an enabled « Importer »: `readable` when every line reads. */
export function checkReady(state: CheckState | null, readable: string): string {
  if (state?.status === 'done' && state.check.rejectedLineCount > 0) return t.setAside(state.check.rejectedLineCount)
  return readable
}

import type { IsoDate } from '../../src-shared/dates'
import type { DossierSession } from '../dossier-session'
import type { Jobs } from '../jobs/jobs'
import { describeError, type Logger } from '../log'
import { enqueueValidatedEmails } from './enqueue-emails'
import type { MailContext } from './mail-context'
import { sendDueMessages } from './send-outbox'
import { smtpAccess, storedSmtp, type SmtpAccess } from './smtp-settings'

export interface OutboxDrain {
  /** One pass now: what the timer does (tests call it to not wait for the timer). */
  drain(): Promise<void>
  stop(): void
}

/**
 * The outbox sent by the core itself while a dossier is open, whether the Courriers page is
 * open or not: every `everyMs`, the validated e-mails are queued, then what is due is sent.
 * While the server does not answer, each message keeps its own backoff (sendDueMessages:
 * 1, 2, 4… minutes); a message is claimed before it is sent, so a pass of the page's
 * « Envoyer maintenant » meanwhile never sends it twice. A pass is skipped while a job
 * writes, while the dossier is read-only, and until the server is set (and, without a
 * keychain, its password given for the session: the page asks for it).
 */
export function startOutboxDrain(session: DossierSession, mail: MailContext, jobs: Jobs, today: () => IsoDate, log: Logger, everyMs: number): OutboxDrain {
  let passing = false
  let stopped = false
  async function drain(): Promise<void> {
    if (stopped || passing || jobs.running()) return
    const dossier = session.current
    if (dossier.readOnly || !storedSmtp(dossier.db)) return
    let access: SmtpAccess
    try {
      access = smtpAccess(dossier.db, dossier.path, mail)
    } catch {
      return
    }
    passing = true
    try {
      const queued = await enqueueValidatedEmails(dossier, today())
      const sent = await sendDueMessages(dossier, access, mail, today(), false)
      if (!stopped && queued.queued + sent.sent + sent.failed + sent.waiting > 0) log.info('outbox.drained', { queued: queued.queued, refused: queued.refused.length, ...sent })
    } catch (error) {
      // Another program writing: the next pass tries again. (Closed meanwhile: nothing to say, nowhere to say it.)
      if (!stopped) log.warn('outbox.drain_failed', describeError(error))
    } finally {
      passing = false
    }
  }
  const timer = setInterval(() => void drain(), everyMs)
  timer.unref()
  return {
    drain,
    stop: () => {
      stopped = true
      clearInterval(timer)
    },
  }
}

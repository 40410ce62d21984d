import { eq } from 'drizzle-orm'
import type { AgreedTerms } from '../../domain/due-date'
import type { Db } from '../open-dossier'
import { clients, company } from '../schema'

/** Used when neither the client nor the dossier states terms: the legal default of 30 days (L441-10 I). */
const LEGAL_DEFAULT_TERMS: AgreedTerms = { days: 30, endOfMonth: false }

/** The client's payment terms, else the dossier's default, else the legal default. */
export function termsOfClient(db: Db, clientId: number): AgreedTerms {
  const client = db
    .select({ days: clients.termsDays, endOfMonth: clients.termsEndOfMonth })
    .from(clients)
    .where(eq(clients.id, clientId))
    .get()
  if (client?.days != null) return { days: client.days, endOfMonth: client.endOfMonth ?? false }
  const dossier = db.select({ days: company.termsDays, endOfMonth: company.termsEndOfMonth }).from(company).get()
  if (dossier?.days != null) return { days: dossier.days, endOfMonth: dossier.endOfMonth ?? false }
  return LEGAL_DEFAULT_TERMS
}

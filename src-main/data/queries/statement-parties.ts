import { eq } from 'drizzle-orm'
import type { ClientKind } from '../../../src-shared/contract/clients'
import type { Db } from '../open-dossier'
import { clients, company } from '../schema'

/** Who claims and who owes, as a printed statement heads them. */
export interface StatementParties {
  creditor: { name: string; lines: string[] }
  debtor: { name: string; code: string; kind: ClientKind; lines: string[] }
}

const present = (parts: Array<string | null | undefined>) => parts.filter((part): part is string => Boolean(part && part.trim()))

export function statementParties(db: Db, clientId: number): StatementParties | undefined {
  const client = db.select().from(clients).where(eq(clients.id, clientId)).get()
  if (!client) return undefined
  const dossier = db.select().from(company).where(eq(company.id, 1)).get()
  const legal = dossier
    ? present([
        dossier.legalForm,
        dossier.siren ? `SIREN ${dossier.siren.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3')}` : null,
        dossier.rcsCity ? `RCS ${dossier.rcsCity}` : null,
        dossier.vatNumber ? `TVA ${dossier.vatNumber}` : null,
      ]).join(' · ')
    : ''
  return {
    creditor: {
      name: dossier?.legalName || 'Votre entreprise (identité à compléter dans Paramètres)',
      lines: dossier
        ? present([dossier.addressLine1, dossier.addressLine2, present([dossier.postalCode, dossier.city]).join(' '), legal, present([dossier.phone, dossier.email]).join(' · ')])
        : [],
    },
    debtor: {
      name: client.name,
      code: client.code,
      kind: client.kind,
      lines: present([client.addressLine1, client.addressLine2, client.addressLine3, present([client.postalCode, client.city]).join(' '), client.country !== 'France' ? client.country : null]),
    },
  }
}

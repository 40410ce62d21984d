import { z } from 'zod'
import { isPhoneNumber, isValidSiren, isValidSiret, isValidVatNumber } from '../identifiers'
import { defineChannel } from './channel'
import { PENALTY_POLICIES, penaltyRateFields, requireRateOfPolicy } from './company'
import { emailList, entityId, optionalChecked, optionalText, positiveCents, requiredText, termsDaysField } from './fields'

export const CLIENT_KINDS = ['pro', 'particulier'] as const
export type ClientKind = (typeof CLIENT_KINDS)[number]

const FRENCH_COUNTRY = /^(france|fr)$/i

/** What a person types to create or edit a client file. */
export const clientFields = z
  .object({
    code: requiredText('Le code client', 30),
    name: requiredText('La raison sociale', 200),
    kind: z.enum(CLIENT_KINDS, { error: 'Choisissez professionnel ou particulier.' }),
    siren: optionalChecked('Le SIREN', isValidSiren, 'SIREN invalide : 9 chiffres avec une clé de contrôle juste.'),
    siret: optionalChecked('Le SIRET', isValidSiret, 'SIRET invalide : 14 chiffres avec une clé de contrôle juste.'),
    vatNumber: optionalChecked('Le numéro de TVA', isValidVatNumber, 'Numéro de TVA invalide : FR, la clé à 2 chiffres et le SIREN (ex. FR40 303 265 045).', 20),
    addressLine1: optionalText("L'adresse", 38),
    addressLine2: optionalText("Le complément d'adresse", 38),
    addressLine3: optionalText("Le complément d'adresse", 38),
    postalCode: optionalText('Le code postal', 10),
    city: optionalText('La ville', 60),
    country: optionalText('Le pays', 60),
    emails: emailList('E-mail'),
    phone: optionalChecked('Le téléphone', isPhoneNumber, 'Téléphone invalide : des chiffres (au moins 6), espaces, points ou + (ex. 04 67 12 34 56).', 30),
    /** Payment terms; absent: the dossier's default. */
    termsDays: termsDaysField,
    termsEndOfMonth: z.boolean().default(false),
    /** Segment name; a new name creates the segment. */
    segment: optionalText('Le segment', 60),
    creditLimitCents: positiveCents('Le plafond de crédit').optional(),
    contacts: z
      .array(
        z.object({
          name: requiredText('Le nom du contact', 100),
          role: optionalText('La fonction', 60),
          email: emailList('E-mail du contact'),
          phone: optionalChecked('Le téléphone du contact', isPhoneNumber, 'Téléphone invalide : des chiffres (au moins 6), espaces, points ou + (ex. 04 67 12 34 56).', 30),
        }),
      )
      .max(20)
      .default([]),
    notes: optionalText('Les notes', 5000),
    /** Overrides the dossier's penalty policy for this client (a negotiated rate, or waived). */
    penaltyPolicy: z.enum(PENALTY_POLICIES, { error: 'Choisissez la règle des pénalités de retard.' }).optional(),
    ...penaltyRateFields,
  })
  .superRefine((client, issues) => {
    requireRateOfPolicy(client, issues)
    const inFrance = client.country === undefined || FRENCH_COUNTRY.test(client.country)
    if (inFrance && client.postalCode !== undefined && !/^\d{5}$/.test(client.postalCode)) {
      issues.addIssue({ code: 'custom', path: ['postalCode'], message: 'Le code postal doit compter 5 chiffres.' })
    }
  })

export type ClientFields = z.output<typeof clientFields>

export interface ClientListItem {
  id: number
  code: string
  name: string
  kind: ClientKind
  postalCode: string | null
  city: string | null
  emails: string | null
  /** Open invoices minus unallocated payments and credit notes: the client's « encours ». */
  balanceCents: number
  /** Still owed on invoices past due, before the credits. */
  overdueCents: number
  /** Unallocated payments and credit notes (a positive number of cents), already deducted from the balance. */
  creditCents: number
  archived: boolean
}

export interface ClientDetail extends ClientListItem {
  fields: ClientFields
  openInvoiceCount: number
}

export const clientsChannels = {
  'clients.list': defineChannel<ClientListItem[]>()(
    z.object({
      search: optionalText('La recherche', 100),
      includeArchived: z.boolean().optional(),
      segment: optionalText('Le segment', 60),
      overdueOnly: z.boolean().optional(),
      /** At most this many, in French order: a search box needs a dozen, a list a page. */
      limit: z.number().int().min(1).max(100_000).optional(),
    }),
  ),
  'clients.segments': defineChannel<string[]>()(z.object({})),
  'clients.create': defineChannel<{ id: number }>()(clientFields),
  'clients.get': defineChannel<ClientDetail>()(z.object({ id: entityId })),
  'clients.update': defineChannel<{ id: number }>()(z.object({ id: entityId, fields: clientFields })),
  /** Archiving hides a client from lists and reminders; nothing is deleted. */
  'clients.archive': defineChannel<{ id: number; archived: boolean }>()(z.object({ id: entityId, archived: z.boolean() })),
}

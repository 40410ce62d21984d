import { eq } from 'drizzle-orm'
import { LOGO_MAX_BYTES, type CompanyFields, type companyChannels } from '../../src-shared/contract/company'
import { compactIdentifier } from '../../src-shared/identifiers'
import { fieldError } from '../../src-shared/result'
import type { Db } from '../data/open-dossier'
import { company } from '../data/schema'
import type { HandlersOf } from './handler'
import { mutation } from './mutation'

const optional = <T>(value: T | null): T | undefined => value ?? undefined

function companyFieldsOf(db: Db): CompanyFields | null {
  const row = db.select().from(company).where(eq(company.id, 1)).get()
  if (!row || row.legalName === '') return null
  return {
    legalName: row.legalName,
    legalForm: optional(row.legalForm),
    capitalCents: optional(row.capitalCents),
    siren: optional(row.siren),
    siret: optional(row.siret),
    rcsCity: optional(row.rcsCity),
    vatNumber: optional(row.vatNumber),
    addressLine1: optional(row.addressLine1),
    addressLine2: optional(row.addressLine2),
    postalCode: optional(row.postalCode),
    city: optional(row.city),
    country: row.country,
    phone: optional(row.phone),
    email: optional(row.email),
    website: optional(row.website),
    iban: optional(row.iban),
    bic: optional(row.bic),
    signatoryName: optional(row.signatoryName),
    signatoryTitle: optional(row.signatoryTitle),
    termsDays: optional(row.termsDays),
    termsEndOfMonth: row.termsEndOfMonth ?? false,
    penaltyPolicy: row.penaltyPolicy ?? 'legal',
    penaltyRateBp: optional(row.penaltyRateBp),
    penaltyMultiple: optional(row.penaltyMultiple),
  }
}

export const companyHandlers = {
  'company.get': (ctx) => {
    const row = ctx.db.select({ logo: company.logo, mime: company.logoMime }).from(company).where(eq(company.id, 1)).get()
    const logoDataUrl = row?.logo && row.mime ? `data:${row.mime};base64,${row.logo.toString('base64')}` : null
    return { fields: companyFieldsOf(ctx.db), logoDataUrl }
  },

  'company.update': mutation((ctx, input) => {
    const compact = (value: string | undefined) => (value === undefined ? null : compactIdentifier(value))
    ctx.db
      .update(company)
      .set({
        legalName: input.legalName,
        legalForm: input.legalForm ?? null,
        capitalCents: input.capitalCents ?? null,
        siren: compact(input.siren),
        siret: compact(input.siret),
        rcsCity: input.rcsCity ?? null,
        vatNumber: input.vatNumber ?? null,
        addressLine1: input.addressLine1 ?? null,
        addressLine2: input.addressLine2 ?? null,
        postalCode: input.postalCode ?? null,
        city: input.city ?? null,
        country: input.country ?? 'France',
        phone: input.phone ?? null,
        email: input.email ?? null,
        website: input.website ?? null,
        iban: compact(input.iban),
        bic: compact(input.bic),
        signatoryName: input.signatoryName ?? null,
        signatoryTitle: input.signatoryTitle ?? null,
        termsDays: input.termsDays ?? null,
        termsEndOfMonth: input.termsDays === undefined ? null : input.termsEndOfMonth,
        penaltyPolicy: input.penaltyPolicy,
        penaltyRateBp: input.penaltyPolicy === 'fixed' ? (input.penaltyRateBp ?? null) : null,
        penaltyMultiple: input.penaltyPolicy === 'legalInterestMultiple' ? (input.penaltyMultiple ?? null) : null,
        updatedAt: ctx.now(),
      })
      .where(eq(company.id, 1))
      .run()
    return { saved: true as const }
  }),

  'company.setLogo': mutation((ctx, input) => {
    if (input.dataUrl === null) {
      ctx.db.update(company).set({ logo: null, logoMime: null }).where(eq(company.id, 1)).run()
      return { saved: true as const }
    }
    const [header, base64] = input.dataUrl.split(',', 2) as [string, string]
    const bytes = Buffer.from(base64, 'base64')
    if (bytes.length > LOGO_MAX_BYTES) throw fieldError('VALIDATION', 'dataUrl', 'Le logo dépasse 1 Mo : réduisez-le avant de l’ajouter.')
    const mime = header.slice('data:'.length, header.indexOf(';'))
    ctx.db.update(company).set({ logo: bytes, logoMime: mime }).where(eq(company.id, 1)).run()
    return { saved: true as const }
  }),
} satisfies HandlersOf<typeof companyChannels>

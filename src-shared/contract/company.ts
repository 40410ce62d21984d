import { z } from 'zod'
import { isValidBic, isValidIban, isValidSiren, isValidSiret } from '../identifiers'
import { defineChannel } from './channel'
import { emailList, optionalChecked, optionalText, positiveCents, requiredText, termsDaysField } from './fields'

export const PENALTY_POLICIES = ['legal', 'fixed', 'legalInterestMultiple', 'none'] as const
export type PenaltyPolicy = (typeof PENALTY_POLICIES)[number]

/** The rate or multiple a policy needs, for the company and for a client alike. */
export const penaltyRateFields = {
  /** Basis points (1 % = 100) when the terms of sale write a fixed rate. */
  penaltyRateBp: z
    .number({ error: 'Taux illisible : écrivez par exemple 12,00.' })
    .int()
    .min(1, { error: 'Le taux doit être supérieur à zéro.' })
    .max(10000, { error: 'Le taux ne peut dépasser 100 %.' })
    .optional(),
  penaltyMultiple: z
    .number({ error: 'Le multiple doit être un nombre entier.' })
    .int({ error: 'Le multiple doit être un nombre entier.' })
    .min(1, { error: 'Le multiple doit être au moins 1.' })
    .max(10, { error: 'Le multiple ne peut dépasser 10.' })
    .optional(),
}

export function requireRateOfPolicy(
  value: { penaltyPolicy?: PenaltyPolicy | undefined; penaltyRateBp?: number | undefined; penaltyMultiple?: number | undefined },
  issues: z.core.$RefinementCtx,
): void {
  if (value.penaltyPolicy === 'fixed' && value.penaltyRateBp === undefined) {
    issues.addIssue({ code: 'custom', path: ['penaltyRateBp'], message: 'Indiquez le taux annuel convenu (conditions générales de vente ou accord).' })
  }
  if (value.penaltyPolicy === 'legalInterestMultiple' && value.penaltyMultiple === undefined) {
    issues.addIssue({ code: 'custom', path: ['penaltyMultiple'], message: 'Indiquez le multiple du taux d’intérêt légal (3 au minimum selon la loi).' })
  }
}

/** The creditor's identity, printed on every letter, and its default collection terms. */
export const companyFields = z
  .object({
    legalName: requiredText('La raison sociale', 200),
    legalForm: optionalText('La forme juridique', 40),
    capitalCents: positiveCents('Le capital').optional(),
    siren: optionalChecked('Le SIREN', isValidSiren, 'SIREN invalide : 9 chiffres avec une clé de contrôle juste.'),
    siret: optionalChecked('Le SIRET', isValidSiret, 'SIRET invalide : 14 chiffres avec une clé de contrôle juste.'),
    rcsCity: optionalText('La ville du RCS', 60),
    vatNumber: optionalText('Le numéro de TVA', 20),
    addressLine1: optionalText("L'adresse", 38),
    addressLine2: optionalText("Le complément d'adresse", 38),
    postalCode: optionalText('Le code postal', 10),
    city: optionalText('La ville', 60),
    country: optionalText('Le pays', 60),
    phone: optionalText('Le téléphone', 30),
    email: emailList('E-mail'),
    website: optionalText('Le site web', 200),
    iban: optionalChecked("L'IBAN", isValidIban, 'IBAN invalide : vérifiez sa saisie (clé de contrôle fausse).', 42),
    bic: optionalChecked('Le BIC', isValidBic, 'BIC invalide : 8 ou 11 caractères (ex. BNPAFRPPXXX).'),
    signatoryName: optionalText('Le nom du signataire', 100),
    signatoryTitle: optionalText('La fonction du signataire', 100),
    termsDays: termsDaysField,
    termsEndOfMonth: z.boolean().default(false),
    penaltyPolicy: z.enum(PENALTY_POLICIES, { error: 'Choisissez la règle des pénalités de retard.' }).default('legal'),
    ...penaltyRateFields,
  })
  .superRefine(requireRateOfPolicy)

export type CompanyFields = z.output<typeof companyFields>

export interface CompanySettings {
  fields: CompanyFields | null
  /** data: URL of the letterhead logo, if any. */
  logoDataUrl: string | null
}

export const LOGO_MAX_BYTES = 1024 * 1024

export const companyChannels = {
  'company.get': defineChannel<CompanySettings>()(z.object({})),
  'company.update': defineChannel<{ saved: true }>()(companyFields),
  'company.setLogo': defineChannel<{ saved: true }>()(
    z.object({
      dataUrl: z
        .string()
        .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, { error: 'Le logo doit être une image PNG ou JPEG.' })
        .nullable(),
    }),
  ),
}

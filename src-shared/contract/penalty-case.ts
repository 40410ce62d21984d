import { z } from 'zod'
import { isIsoDate } from '../dates'
import { readDecimalHundredths } from '../amounts'

/**
 * The documented JSON format of a penalty case (`encaisse penalties`, `penalties.compute`):
 *
 *   { "id": "F-1", "amount": "10000.00", "dueDate": "2025-05-15", "asOf": "2025-09-20",
 *     "debtor": "pro" | "particulier", "noticeDate": "2025-06-01",
 *     "payments": [{ "date": "2025-09-20", "amount": "10000.00" }],
 *     "rate": { "kind": "legal" } | { "kind": "fixed", "pct": "15.00" }
 *           | { "kind": "legalInterestMultiple", "factor": "3" },
 *     "dayCount": "365" | "actual" }
 *
 * debtor defaults to "pro", rate to legal, payments to none, dayCount to 365. Amounts and
 * percentages are decimal texts (never JSON numbers, which are binary fractions). Unknown
 * fields are refused, so a misspelt optional field cannot be silently ignored. Messages are
 * the reason only: whoever reports them names the case and the field.
 */

/** A refused key of a strict object, naming the keys it could have been; `otherwise` for a non-object. */
function unknownOr(fields: readonly string[], otherwise?: string) {
  return (issue: { code?: string }) =>
    issue.code === 'unrecognized_keys' ? `champ inconnu (champs possibles : ${fields.join(', ')})` : otherwise
}

const missingOr = (missing: string, invalid: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? missing : invalid

const AMOUNT_INVALID = 'montant invalide (texte décimal à deux décimales au plus attendu, ex. « 1234.56 »)'

const amount = z
  .string({ error: missingOr('montant manquant (texte décimal attendu, ex. « 1234.56 »)', AMOUNT_INVALID) })
  .transform((text, ctx) => {
    const cents = readDecimalHundredths(text)
    const refusal = cents === null ? AMOUNT_INVALID : cents < 0 ? 'montant négatif' : cents === 0 ? 'montant nul' : null
    if (refusal === null) return cents as number
    ctx.addIssue({ code: 'custom', message: refusal })
    return z.NEVER
  })

const DATE_INVALID = 'date invalide (attendu AAAA-MM-JJ)'
const date = z
  .string({ error: missingOr('date manquante (attendu AAAA-MM-JJ)', DATE_INVALID) })
  .refine(isIsoDate, { error: DATE_INVALID })

const PAYMENT_FIELDS = ['date', 'amount']
const payment = z
  .strictObject(
    { date, amount },
    { error: unknownOr(PAYMENT_FIELDS, 'paiement invalide (objet { "date", "amount" } attendu)') },
  )
  .transform(({ date, amount }) => ({ date, amountCents: amount }))

const PCT_INVALID = 'taux invalide (pourcentage positif à deux décimales au plus attendu, ex. « 15.00 »)'
const FACTOR_INVALID = 'multiple invalide (entier positif attendu, ex. « 3 »)'

const rate = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('legal') }, { error: unknownOr(['kind']) }),
    z
      .strictObject(
        {
          kind: z.literal('fixed'),
          // A percentage with two decimals has the shape of an amount in euros: "15.00" → 1500 bp.
          pct: z
            .string({ error: PCT_INVALID })
            .transform((text) => readDecimalHundredths(text))
            .refine((bp) => bp !== null && bp >= 0, { error: PCT_INVALID }),
        },
        { error: unknownOr(['kind', 'pct']) },
      )
      .transform(({ kind, pct }) => ({ kind, rateBp: pct as number })),
    z
      .strictObject(
        {
          kind: z.literal('legalInterestMultiple'),
          factor: z
            .string({ error: FACTOR_INVALID })
            .regex(/^\d{1,3}$/, { error: FACTOR_INVALID })
            .transform(Number)
            .refine((factor) => factor > 0, { error: FACTOR_INVALID }),
        },
        { error: unknownOr(['kind', 'factor']) },
      )
      .transform(({ kind, factor }) => ({ kind, factor })),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? 'type de taux inconnu (attendu « legal », « fixed » ou « legalInterestMultiple »)'
        : 'taux invalide (objet attendu, ex. { "kind": "legal" })',
  },
)

const CASE_FIELDS = ['id', 'amount', 'dueDate', 'asOf', 'debtor', 'noticeDate', 'payments', 'rate', 'dayCount']

/** One case, read into the penalty engine's input (without the rate table, which is the dossier's). */
export const penaltyCase = z
  .strictObject(
    {
      id: z
        .string({ error: 'identifiant manquant (texte non vide attendu)' })
        .refine((id) => id.trim() !== '', { error: 'identifiant manquant (texte non vide attendu)' }),
      amount,
      dueDate: date,
      asOf: date,
      debtor: z
        .enum(['pro', 'particulier'], { error: 'type de débiteur inconnu (attendu « pro » ou « particulier »)' })
        .default('pro'),
      noticeDate: date.optional(),
      payments: z.array(payment, { error: 'liste de paiements attendue' }).default([]),
      rate: rate.default({ kind: 'legal' }),
      dayCount: z.enum(['365', 'actual'], { error: 'base de calcul inconnue (attendu « 365 » ou « actual »)' }).default('365'),
    },
    { error: unknownOr(CASE_FIELDS, 'cas invalide (objet JSON attendu)') },
  )
  .transform(({ amount, rate, noticeDate, ...rest }) => ({
    ...rest,
    amountCents: amount,
    ratePolicy: rate,
    ...(noticeDate === undefined ? {} : { noticeDate }),
  }))

export type PenaltyCase = z.output<typeof penaltyCase>

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string' && value.id.trim() !== ''
    ? value.id
    : undefined

/** The cases of one computation: an array whose ids name the results, so each id once. */
export const penaltyCases = z
  .array(penaltyCase, { error: 'Entrée invalide : un tableau JSON de cas est attendu.' })
  .superRefine(
    (cases, ctx) => {
      const firstIndexById = new Map<string, number>()
      // Runs even when some cases are refused (`when`), so a repeated id is reported with
      // their errors; those cases are then still the raw input, hence `unknown`.
      ;(cases as unknown[]).forEach((value, index) => {
        const id = idOf(value)
        if (id === undefined) return
        const first = firstIndexById.get(id)
        if (first === undefined) firstIndexById.set(id, index)
        else ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `identifiant « ${id} » déjà utilisé par le cas n° ${first + 1}` })
      })
    },
    { when: (payload) => Array.isArray(payload.value) },
  )

import { z } from 'zod'
import { defineChannel } from './channel'
import { REMINDER_CHANNELS, type ReminderChannel, type StepView } from './dunning'
import { entityId, isoDate, optionalText, requiredText } from './fields'

/** The template codes agreed with the letters issue (#12), by the channel that can use them. */
export const TEMPLATE_CODES: Record<ReminderChannel, readonly string[]> = {
  letter: ['relance-courtoisie', 'relance-1', 'relance-2', 'dernier-avis', 'protocole-echeancier', 'echeance-impayee'],
  registered_letter: ['mise-en-demeure', 'dernier-avis'],
  email: ['email-relance-courtoisie', 'email-relance-1', 'email-relance-2', 'email-mise-en-demeure', 'email-dernier-avis', 'email-echeance-impayee'],
  phone: ['script-appel'],
}

export interface ScenarioView {
  id: number
  name: string
  isDefault: boolean
  isConsumerDefault: boolean
  archived: boolean
  /** Clients and segments that name it: a scenario in use can only be archived. */
  clientCount: number
  segments: string[]
  steps: Array<StepView & { minAmountCents: number }>
}

const stepField = z
  .object({
    offsetDays: z.number({ error: 'Le décalage doit être un nombre de jours.' }).int().min(-60, { error: 'Au plus 60 jours avant l’échéance.' }).max(730, { error: 'Au plus 730 jours après l’échéance.' }),
    channel: z.enum(REMINDER_CHANNELS, { error: 'Choisissez le canal.' }),
    level: z.number().int().min(0).max(9),
    templateCode: requiredText('Le modèle', 60),
    label: requiredText("Le nom de l'étape", 80),
    minAmountCents: z.number().int().min(0).default(0),
    includePenalties: z.boolean().default(false),
    required: z.boolean().default(false),
  })
  .superRefine((step, issues) => {
    if (!TEMPLATE_CODES[step.channel].includes(step.templateCode)) {
      issues.addIssue({ code: 'custom', path: ['templateCode'], message: `Le modèle « ${step.templateCode} » ne convient pas à ce canal.` })
    }
    if ((step.level === 0) !== (step.offsetDays < 0)) {
      issues.addIssue({ code: 'custom', path: ['level'], message: 'Le niveau 0 est celui des rappels de courtoisie, avant l’échéance, et d’eux seuls.' })
    }
  })

export const scenarioFields = z
  .object({
    name: requiredText('Le nom du scénario', 80),
    steps: z.array(stepField).min(1, { error: 'Un scénario compte au moins une étape.' }).max(20),
  })
  .superRefine((scenario, issues) => {
    scenario.steps.forEach((step, index) => {
      const previous = scenario.steps[index - 1]
      if (previous && step.offsetDays <= previous.offsetDays) {
        issues.addIssue({ code: 'custom', path: ['steps', index, 'offsetDays'], message: 'Chaque étape vient après la précédente : décalage plus grand.' })
      }
    })
  })

export type ScenarioFields = z.output<typeof scenarioFields>

export const scenariosChannels = {
  'scenarios.list': defineChannel<ScenarioView[]>()(z.object({})),
  'scenarios.save': defineChannel<{ id: number }>()(scenarioFields.and(z.object({ id: entityId.optional() }))),
  'scenarios.copy': defineChannel<{ id: number }>()(z.object({ id: entityId, name: requiredText('Le nom de la copie', 80) })),
  'scenarios.archive': defineChannel<{ id: number; archived: boolean }>()(z.object({ id: entityId, archived: z.boolean() })),
  /** Refused for a scenario in use: archive it instead. */
  'scenarios.delete': defineChannel<{ id: number }>()(z.object({ id: entityId })),
  'scenarios.setDefault': defineChannel<{ id: number }>()(z.object({ id: entityId, kind: z.enum(['pro', 'particulier']) })),
  /** The scenario a segment's clients follow (null: the dossier's default). */
  'scenarios.assignSegment': defineChannel<{ segment: string }>()(z.object({ segment: requiredText('Le segment', 60), scenarioId: entityId.nullable() })),
}

/** How reminders treat one client, as its file shows it. */
export interface ClientDunningView {
  /** Its own scenario (null: its segment's or the dossier's). */
  scenarioId: number | null
  /** The scenario it follows in the end. */
  effectiveScenario: { id: number; name: string } | null
  stop: { since: string; reason: string | null; until: string | null } | null
  reached: { level: number; on: string } | null
  postponedUntil: string | null
  excludedInvoices: Array<{ invoiceId: number; number: string; reason: string | null }>
}

export const clientDunningChannels = {
  'dunning.client': defineChannel<ClientDunningView>()(z.object({ clientId: entityId })),
  /**
   * Sets, for one client or many at once (from the client list), what is given: its own
   * scenario (null: back to the segment's), a stop (null: lifted) or the level reached by hand (null: none),
   * all in one transaction.
   */
  'dunning.setClients': defineChannel<{ updated: number }>()(
    z.object({
      clientIds: z.array(entityId).min(1, { error: 'Choisissez au moins un client.' }).max(100_000),
      scenarioId: entityId.nullable().optional(),
      stop: z.object({ reason: requiredText('Le motif du blocage', 500), until: isoDate('La date de fin').optional() }).nullable().optional(),
      reachedLevel: z.number().int().min(1, { error: 'Le niveau atteint va de 1 à 9.' }).max(9).nullable().optional(),
      /** The day of the last reminder sent before Encaisse (default: today): invoices due after it start from the beginning. */
      reachedOn: isoDate('La date de la dernière relance').optional(),
    }),
  ),
  'dunning.excludeInvoice': defineChannel<{ invoiceId: number; excluded: boolean }>()(
    z.object({ invoiceId: entityId, excluded: z.boolean(), reason: optionalText('Le motif', 500) }),
  ),
}

import { eq } from 'drizzle-orm'
import type { scenariosChannels } from '../../src-shared/contract/scenarios'
import { DomainError, fieldError } from '../../src-shared/result'
import type { Ctx } from '../context'
import { insertScenario, renameScenario, replaceSteps, scenarioByName, scenarioInUse, scenarioViews } from '../data/queries/scenarios'
import { scenarios, segments } from '../data/schema'
import type { HandlersOf } from './handler'
import { mutation } from './mutation'

function existing(ctx: Ctx, id: number) {
  const scenario = ctx.db.select().from(scenarios).where(eq(scenarios.id, id)).get()
  if (!scenario) throw fieldError('NOT_FOUND', 'id', "Ce scénario n'existe pas (ou plus).")
  return scenario
}

function nameFree(ctx: Ctx, name: string, id?: number): void {
  const other = scenarioByName(ctx.db, name)
  if (other && other.id !== id) throw fieldError('CONFLICT', 'name', `Un scénario s'appelle déjà « ${name} ».`)
}

export const scenarioHandlers = {
  'scenarios.list': (ctx) => scenarioViews(ctx.db),

  'scenarios.save': mutation((ctx, input) => {
    nameFree(ctx, input.name, input.id)
    let id = input.id
    if (id === undefined) {
      id = insertScenario(ctx.db, input.name)
    } else {
      existing(ctx, id)
      renameScenario(ctx.db, id, input.name, ctx.now())
    }
    replaceSteps(ctx.db, id, input.steps, ctx.now())
    return { id }
  }),

  'scenarios.copy': mutation((ctx, input) => {
    existing(ctx, input.id)
    nameFree(ctx, input.name)
    const source = scenarioViews(ctx.db).find((scenario) => scenario.id === input.id)!
    const id = insertScenario(ctx.db, input.name)
    replaceSteps(
      ctx.db,
      id,
      source.steps.map(({ offsetDays, channel, level, templateCode, label, minAmountCents, includePenalties, required }) => ({
        offsetDays,
        channel,
        level,
        templateCode,
        label,
        minAmountCents,
        includePenalties,
        required,
      })),
      ctx.now(),
    )
    return { id }
  }),

  'scenarios.archive': mutation((ctx, input) => {
    const scenario = existing(ctx, input.id)
    if (input.archived && (scenario.isDefault || scenario.isConsumerDefault)) {
      throw new DomainError('CONFLICT', 'Le scénario par défaut du dossier ne peut être archivé : choisissez d’abord un autre scénario par défaut.')
    }
    ctx.db.update(scenarios).set({ archivedAt: input.archived ? ctx.now() : null, updatedAt: ctx.now() }).where(eq(scenarios.id, input.id)).run()
    return { id: input.id, archived: input.archived }
  }),

  'scenarios.delete': mutation((ctx, input) => {
    const scenario = existing(ctx, input.id)
    if (scenarioInUse(ctx.db, input.id)) {
      throw new DomainError('CONFLICT', `Le scénario « ${scenario.name} » est utilisé (clients, segments, relances passées ou défaut du dossier) : archivez-le plutôt.`)
    }
    ctx.db.delete(scenarios).where(eq(scenarios.id, input.id)).run()
    return { id: input.id }
  }),

  'scenarios.setDefault': mutation((ctx, input) => {
    const scenario = existing(ctx, input.id)
    if (scenario.archivedAt !== null) throw new DomainError('CONFLICT', 'Un scénario archivé ne peut être le scénario par défaut.')
    const column = input.kind === 'pro' ? scenarios.isDefault : scenarios.isConsumerDefault
    ctx.db.update(scenarios).set({ [input.kind === 'pro' ? 'isDefault' : 'isConsumerDefault']: false, updatedAt: ctx.now() }).where(eq(column, true)).run()
    ctx.db.update(scenarios).set({ [input.kind === 'pro' ? 'isDefault' : 'isConsumerDefault']: true, updatedAt: ctx.now() }).where(eq(scenarios.id, input.id)).run()
    return { id: input.id }
  }),

  'scenarios.assignSegment': mutation((ctx, input) => {
    if (input.scenarioId !== null) existing(ctx, input.scenarioId)
    const changed = ctx.db.update(segments).set({ scenarioId: input.scenarioId, updatedAt: ctx.now() }).where(eq(segments.name, input.segment)).run()
    if (changed.changes === 0) throw fieldError('NOT_FOUND', 'segment', `Aucun segment « ${input.segment} » dans ce dossier.`)
    return { segment: input.segment }
  }),
} satisfies HandlersOf<typeof scenariosChannels>

import { sql, type SQL } from 'drizzle-orm'
import type { PromiseStatus } from '../../../src-shared/contract/promises'
import { addDays, type IsoDate } from '../../../src-shared/dates'
import type {
  DunningClient,
  DunningInput,
  DunningScenario,
  DunningSettings,
  DunningStep,
  OpenPromise,
  PastAction,
} from '../../domain/dunning'
import type { Db } from '../open-dossier'
import { dunningSettingsOf } from './dunning-settings'
import { creditsAsOfCtes, invoicesOwedAsOfSql } from './ledger-as-of'
import { plansOnDate } from './plans-on-date'

/** Every scenario with its steps in order, archived ones included (clients may still follow them). */
export function scenariosForPlanning(db: Db): DunningScenario[] {
  const rows = db.all<{
    scenarioId: number
    name: string
    id: number | null
    position: number
    offsetDays: number
    channel: DunningStep['channel']
    level: number
    templateCode: string
    label: string
    minAmountCents: number
    includePenalties: number
    required: number
  }>(sql`
    SELECT s.id AS scenarioId, s.name, st.id, st.position, st.offset_days AS offsetDays, st.channel, st.level,
           st.template_code AS templateCode, st.label, st.min_amount_cents AS minAmountCents,
           st.include_penalties AS includePenalties, st.required
    FROM scenarios s LEFT JOIN scenario_steps st ON st.scenario_id = s.id
    ORDER BY s.id, st.position`)
  const scenarios = new Map<number, DunningScenario>()
  for (const row of rows) {
    let scenario = scenarios.get(row.scenarioId)
    if (!scenario) {
      scenario = { id: row.scenarioId, name: row.name, steps: [] }
      scenarios.set(row.scenarioId, scenario)
    }
    if (row.id === null) continue
    scenario.steps.push({
      id: row.id,
      position: row.position,
      offsetDays: row.offsetDays,
      channel: row.channel,
      level: row.level,
      templateCode: row.templateCode,
      label: row.label,
      minAmountCents: row.minAmountCents,
      includePenalties: row.includePenalties === 1,
      required: row.required === 1,
    })
  }
  return [...scenarios.values()]
}

/** The dossier's default scenarios: one for businesses, one for consumers (particuliers). */
function defaultScenarios(db: Db): { pro: number | null; consumer: number | null } {
  const pick = (column: SQL) => db.get<{ id: number }>(sql`SELECT id FROM scenarios WHERE ${column} = 1 AND archived_at IS NULL ORDER BY id LIMIT 1`)?.id ?? null
  return { pro: pick(sql`is_default`), consumer: pick(sql`is_consumer_default`) }
}

/**
 * Invoices of the plans kept on `asOf` (accepted by then, and active or completed that day):
 * a plan broken on that date no longer protects them, and its client's invoices return to
 * the scenario at the step they had reached (the engine reads that from the history).
 */
function invoicesUnderKeptPlans(db: Db, asOf: IsoDate): Set<number> {
  const kept = plansOnDate(db, asOf, { statuses: ['active', 'completed'] }).filter(
    ({ stored, tracked }) => stored.acceptedOn !== null && stored.acceptedOn <= asOf && (tracked.status === 'active' || tracked.status === 'completed'),
  )
  return new Set(kept.flatMap(({ stored }) => stored.invoiceIds))
}

/**
 * The clients owed something on `asOf`, each with those invoices and what keeps them out of
 * reminders. Balances and credits are the ledger's as of that date (ledger-as-of.ts): looking
 * back at a past day's reminders, a payment received since is not counted, as the aged
 * balance at that date does not count it.
 */
function clientsForPlanning(db: Db, asOf: IsoDate): DunningClient[] {
  const clients = new Map<number, DunningClient>()
  const defaults = defaultScenarios(db)
  const invoiceRows = db.all<{ id: number; clientId: number; number: string; dueDate: string; balance: number }>(invoicesOwedAsOfSql(asOf))
  const owing = JSON.stringify([...new Set(invoiceRows.map((row) => row.clientId))])
  const clientRows = db.all<{
    id: number
    code: string
    name: string
    kind: string
    scenarioId: number | null
    stoppedOn: string | null
    stopUntil: string | null
    postponedUntil: string | null
    reachedLevel: number | null
    reachedOn: string | null
  }>(sql`
    SELECT c.id, c.code, c.name, c.kind, coalesce(c.scenario_id, sg.scenario_id) AS scenarioId,
           d.stopped_on AS stoppedOn, d.stop_until AS stopUntil, d.postponed_until AS postponedUntil,
           d.reached_level AS reachedLevel, d.reached_on AS reachedOn
    FROM clients c LEFT JOIN client_dunning d ON d.client_id = c.id LEFT JOIN segments sg ON sg.id = c.segment_id
    WHERE c.archived_at IS NULL AND c.id IN (SELECT value FROM json_each(${owing}))`)
  for (const row of clientRows) {
    clients.set(row.id, {
      id: row.id,
      code: row.code,
      name: row.name,
      // The client's own scenario, else its segment's, else the dossier's default for its kind.
      scenarioId: row.scenarioId ?? (row.kind === 'particulier' ? (defaults.consumer ?? defaults.pro) : defaults.pro),
      stop: row.stoppedOn !== null && row.stoppedOn <= asOf ? { until: row.stopUntil } : null,
      postponedUntil: row.postponedUntil,
      reachedByHand: row.reachedLevel !== null && row.reachedOn !== null ? { level: row.reachedLevel, on: row.reachedOn } : null,
      creditCents: 0,
      invoices: [],
    })
  }
  const flagged = (query: ReturnType<typeof sql>) => new Set(db.all<{ id: number }>(query).map((row) => row.id))
  const disputed = flagged(sql`SELECT invoice_id AS id FROM disputes WHERE opened_on <= ${asOf} AND (closed_on IS NULL OR closed_on > ${asOf})`)
  const planned = invoicesUnderKeptPlans(db, asOf)
  const excluded = flagged(sql`SELECT invoice_id AS id FROM dunning_exclusions`)
  for (const row of invoiceRows) {
    clients.get(row.clientId)?.invoices.push({
      id: row.id,
      number: row.number,
      dueDate: row.dueDate,
      balanceCents: row.balance,
      excluded: excluded.has(row.id),
      disputed: disputed.has(row.id),
      underPlan: planned.has(row.id),
    })
  }
  const credits = db.all<{ clientId: number; credit: number }>(sql`
    WITH ${creditsAsOfCtes(asOf)}
    SELECT client_id AS clientId, sum(remaining) AS credit FROM credits GROUP BY client_id`)
  for (const row of credits) {
    const client = clients.get(row.clientId)
    if (client) client.creditCents = row.credit
  }
  return [...clients.values()]
}

/** Reminders recorded up to `asOf`, as the engine reads them (cancelled ones never happened). */
export function pastActions(db: Db, asOf: IsoDate): PastAction[] {
  const rows = db.all<{ id: number; clientId: number; date: string; stepPosition: number; status: string; outcome: string | null; invoiceId: number | null; invoicePosition: number | null }>(sql`
    SELECT a.id, a.client_id AS clientId,
           CASE WHEN a.outcome = 'no_answer' THEN coalesce(a.done_on, a.planned_on) ELSE a.planned_on END AS date, coalesce(a.step_position, 0) AS stepPosition, a.status, a.outcome,
           ai.invoice_id AS invoiceId, coalesce(ai.step_position, a.step_position, 0) AS invoicePosition
    FROM reminder_actions a LEFT JOIN reminder_action_invoices ai ON ai.action_id = a.id
    WHERE a.status IN ('validated', 'printed', 'sent', 'done', 'skipped') AND a.planned_on <= ${asOf}
    ORDER BY a.id`)
  const actions = new Map<number, PastAction>()
  for (const row of rows) {
    let action = actions.get(row.id)
    if (!action) {
      const outcome = row.status === 'skipped' ? 'skipped' : row.outcome === 'no_answer' ? 'no_answer' : 'contact'
      action = { clientId: row.clientId, date: row.date, stepPosition: row.stepPosition, outcome, invoices: [] }
      actions.set(row.id, action)
    }
    if (row.invoiceId !== null) action.invoices.push({ invoiceId: row.invoiceId, stepPosition: row.invoicePosition ?? 0 })
  }
  return [...actions.values()]
}

/** A promise with what the client paid from the day it was made to its date plus the grace days. */
export interface PromiseRow extends OpenPromise {
  status: PromiseStatus
  note: string | null
  invoiceNumbers: string[]
}

/** Promises matching `where` (alias `p`), each with the payments that count towards it by `asOf`. */
function promisesWithPayments(db: Db, asOf: IsoDate, graceDays: number, where: SQL): PromiseRow[] {
  const rows = db.all<{ id: number; clientId: number; madeOn: string; promisedDate: string; amountCents: number; status: PromiseStatus; note: string | null; invoices: string }>(sql`
    SELECT p.id, p.client_id AS clientId, p.made_on AS madeOn, p.promised_date AS promisedDate, p.amount_cents AS amountCents, p.status, p.note,
           (SELECT json_group_array(json_array(i.id, i.number)) FROM promise_invoices pi JOIN invoices i ON i.id = pi.invoice_id WHERE pi.promise_id = p.id) AS invoices
    FROM promises p WHERE ${where} ORDER BY p.id`)
  return rows.map((row) => {
    const until = addDays(row.promisedDate, graceDays)
    const last = until < asOf ? until : asOf
    const paid = db.get<{ paid: number }>(sql`
      SELECT coalesce(sum(amount_cents), 0) AS paid FROM payments WHERE client_id = ${row.clientId} AND date >= ${row.madeOn} AND date <= ${last}`)
    const invoices = JSON.parse(row.invoices) as Array<[number, string]>
    return {
      id: row.id,
      clientId: row.clientId,
      madeOn: row.madeOn,
      promisedDate: row.promisedDate,
      amountCents: row.amountCents,
      invoiceIds: invoices.map(([id]) => id),
      invoiceNumbers: invoices.map(([, number]) => number),
      paidCents: paid?.paid ?? 0,
      status: row.status,
      note: row.note,
    }
  })
}

/** A client's promises, oldest first, each with the payments that count towards it by `asOf`. */
export function clientPromises(db: Db, clientId: number, asOf: IsoDate, graceDays: number): PromiseRow[] {
  return promisesWithPayments(db, asOf, graceDays, sql`p.client_id = ${clientId}`)
}

/** Pending promises, as the engine reads them. */
export function openPromises(db: Db, asOf: IsoDate, graceDays: number): OpenPromise[] {
  return promisesWithPayments(db, asOf, graceDays, sql`p.status = 'pending'`)
}

/** Everything the dunning engine needs about the dossier on `asOf`, read in one pass. */
export function dunningState(db: Db, asOf: IsoDate, settings: DunningSettings = dunningSettingsOf(db)): DunningInput {
  return {
    asOf,
    scenarios: scenariosForPlanning(db),
    clients: clientsForPlanning(db, asOf),
    actions: pastActions(db, asOf),
    promises: openPromises(db, asOf, settings.promiseGraceDays),
    settings,
  }
}

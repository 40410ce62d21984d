import { eq, sql } from 'drizzle-orm'
import type { ClientDunningView } from '../../../src-shared/contract/scenarios'
import type { Db } from '../open-dossier'
import { clientDunning } from '../schema'
import { scenariosForPlanning } from './dunning-state'

/** How reminders treat a client: its scenario (own and effective), stop, level by hand, postponement, excluded invoices. */
export function clientDunningView(db: Db, clientId: number): ClientDunningView | undefined {
  const client = db.get<{ scenarioId: number | null; segmentScenario: number | null; kind: string }>(sql`
    SELECT c.scenario_id AS scenarioId, g.scenario_id AS segmentScenario, c.kind FROM clients c LEFT JOIN segments g ON g.id = c.segment_id WHERE c.id = ${clientId}`)
  if (!client) return undefined
  const defaults = db.get<{ pro: number | null; consumer: number | null }>(sql`
    SELECT (SELECT id FROM scenarios WHERE is_default = 1 AND archived_at IS NULL ORDER BY id LIMIT 1) AS pro,
           (SELECT id FROM scenarios WHERE is_consumer_default = 1 AND archived_at IS NULL ORDER BY id LIMIT 1) AS consumer`)
  const effectiveId = client.scenarioId ?? client.segmentScenario ?? (client.kind === 'particulier' ? (defaults?.consumer ?? defaults?.pro) : defaults?.pro) ?? null
  const effective = effectiveId === null ? undefined : scenariosForPlanning(db).find((scenario) => scenario.id === effectiveId)
  const row = db.select().from(clientDunning).where(eq(clientDunning.clientId, clientId)).get()
  const excludedInvoices = db.all<{ invoiceId: number; number: string; reason: string | null }>(sql`
    SELECT x.invoice_id AS invoiceId, i.number, x.reason FROM dunning_exclusions x JOIN invoices i ON i.id = x.invoice_id
    WHERE i.client_id = ${clientId} ORDER BY i.due_date, i.id`)
  return {
    scenarioId: client.scenarioId,
    effectiveScenario: effective ? { id: effective.id, name: effective.name } : null,
    stop: row?.stoppedOn ? { since: row.stoppedOn, reason: row.stopReason, until: row.stopUntil } : null,
    reached: row?.reachedLevel != null && row.reachedOn ? { level: row.reachedLevel, on: row.reachedOn } : null,
    postponedUntil: row?.postponedUntil ?? null,
    excludedInvoices,
  }
}

/** Writes part of a client's reminder settings, creating its row when it has none; `at` is the write's instant. */
export function upsertClientDunning(db: Db, clientId: number, values: Partial<typeof clientDunning.$inferInsert>, at: string): void {
  db.insert(clientDunning)
    .values({ clientId, ...values })
    .onConflictDoUpdate({ target: clientDunning.clientId, set: { ...values, updatedAt: at } })
    .run()
}

import { eq, sql } from 'drizzle-orm'
import type { ScenarioFields, ScenarioView } from '../../../src-shared/contract/scenarios'
import type { Db } from '../open-dossier'
import { scenarioSteps, scenarios } from '../schema'
import { scenariosForPlanning } from './dunning-state'

/** Every scenario with its steps and what uses it, defaults first, then by name. */
export function scenarioViews(db: Db): ScenarioView[] {
  const steps = new Map(scenariosForPlanning(db).map((scenario) => [scenario.id, scenario.steps]))
  const rows = db.all<{ id: number; name: string; isDefault: number; isConsumerDefault: number; archivedAt: string | null; clientCount: number; segments: string }>(sql`
    SELECT s.id, s.name, s.is_default AS isDefault, s.is_consumer_default AS isConsumerDefault, s.archived_at AS archivedAt,
           (SELECT count(*) FROM clients c WHERE c.scenario_id = s.id) AS clientCount,
           (SELECT json_group_array(g.name) FROM segments g WHERE g.scenario_id = s.id) AS segments
    FROM scenarios s
    ORDER BY s.archived_at IS NOT NULL, s.is_default DESC, s.is_consumer_default DESC, s.name`)
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    isDefault: row.isDefault === 1,
    isConsumerDefault: row.isConsumerDefault === 1,
    archived: row.archivedAt !== null,
    clientCount: row.clientCount,
    segments: JSON.parse(row.segments) as string[],
    steps: (steps.get(row.id) ?? []).map(({ position, label, level, channel, templateCode, offsetDays, required, includePenalties, minAmountCents }) => ({
      position,
      label,
      level,
      channel,
      templateCode,
      offsetDays,
      required,
      includePenalties,
      minAmountCents,
    })),
  }))
}

export function scenarioByName(db: Db, name: string) {
  return db.select({ id: scenarios.id }).from(scenarios).where(eq(scenarios.name, name)).get()
}

export function insertScenario(db: Db, name: string): number {
  return db.insert(scenarios).values({ name }).returning({ id: scenarios.id }).get().id
}

/** `at` is the write's instant (ctx.now()). */
export function renameScenario(db: Db, id: number, name: string, at: string): void {
  db.update(scenarios).set({ name, updatedAt: at }).where(eq(scenarios.id, id)).run()
}

/**
 * Puts the steps in the order given. Existing steps are updated in place by position, so
 * past reminders keep pointing at their step; steps beyond the new count are removed
 * (their reminders keep a copy of what the step was: label, level, template). `at` is the write's instant.
 */
export function replaceSteps(db: Db, scenarioId: number, steps: ScenarioFields['steps'], at: string): void {
  db.delete(scenarioSteps).where(sql`${scenarioSteps.scenarioId} = ${scenarioId} AND ${scenarioSteps.position} > ${steps.length}`).run()
  // Positions are unique per scenario: move the kept ones out of the way before renumbering.
  db.update(scenarioSteps).set({ position: sql`${scenarioSteps.position} + 1000` }).where(eq(scenarioSteps.scenarioId, scenarioId)).run()
  steps.forEach((step, index) => {
    const values = { ...step, position: index + 1, updatedAt: at }
    const updated = db
      .update(scenarioSteps)
      .set(values)
      .where(sql`${scenarioSteps.scenarioId} = ${scenarioId} AND ${scenarioSteps.position} = ${index + 1001}`)
      .run()
    if (updated.changes === 0) db.insert(scenarioSteps).values({ ...step, scenarioId, position: index + 1 }).run()
  })
}

/** Whether anything names the scenario: clients, segments, the dossier's defaults, or past reminders. */
export function scenarioInUse(db: Db, id: number): boolean {
  const row = db.get<{ used: number }>(sql`
    SELECT EXISTS (SELECT 1 FROM clients WHERE scenario_id = ${id})
        OR EXISTS (SELECT 1 FROM segments WHERE scenario_id = ${id})
        OR EXISTS (SELECT 1 FROM scenarios WHERE id = ${id} AND (is_default = 1 OR is_consumer_default = 1))
        OR EXISTS (SELECT 1 FROM reminder_actions a JOIN scenario_steps st ON st.id = a.step_id WHERE st.scenario_id = ${id}) AS used`)
  return row?.used === 1
}

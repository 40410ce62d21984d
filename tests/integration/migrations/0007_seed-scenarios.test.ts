import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIOS } from '../../../src-main/domain/dunning/default-scenarios'
import { dossierAt, migrateTo, previousTag, SMALL_LEDGER_SQL } from '../../helpers/migrations-up-to'

describe('0007_seed-scenarios', () => {
  it('adds the shipped scenarios step by step, and leaves a scenario already in the dossier as it was', () => {
    const sqlite = dossierAt(previousTag('0007_seed-scenarios'))
    sqlite.exec(SMALL_LEDGER_SQL)
    sqlite.exec(`
      INSERT INTO scenarios (id, name) VALUES (7, 'Maison');
      INSERT INTO scenario_steps (scenario_id, position, offset_days, channel, label, level, template_code) VALUES (7, 1, 20, 'phone', 'Appel maison', 1, 'script-appel');
    `)
    migrateTo(sqlite, '0007_seed-scenarios')

    const steps = (name: string) =>
      sqlite
        .prepare(
          `SELECT s.offset_days AS offsetDays, s.channel, s.level, s.template_code AS templateCode, s.required
           FROM scenario_steps s JOIN scenarios sc ON sc.id = s.scenario_id WHERE sc.name = ? ORDER BY s.position`,
        )
        .all(name)
    for (const scenario of DEFAULT_SCENARIOS) {
      expect(steps(scenario.name)).toEqual(
        scenario.steps.map((step) => ({
          offsetDays: step.offsetDays,
          channel: step.channel,
          level: step.level,
          templateCode: step.templateCode,
          required: step.required ? 1 : 0,
        })),
      )
    }
    expect(steps('Maison')).toEqual([{ offsetDays: 20, channel: 'phone', level: 1, templateCode: 'script-appel', required: 0 }])
    expect(sqlite.prepare('SELECT name FROM scenarios WHERE is_default = 1').all()).toEqual([{ name: 'Professionnels — standard' }])
    expect(sqlite.prepare('SELECT count(*) AS n FROM invoices').get()).toEqual({ n: 3 })
    sqlite.close()
  })
})

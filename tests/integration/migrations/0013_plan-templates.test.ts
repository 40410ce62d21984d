import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtinTemplate } from '../../../src-main/documents/letters/builtin-templates'
import { dossierAt, migrateTo, previousTag } from '../../helpers/migrations-up-to'
import { REPO_ROOT } from '../../helpers/test-core'

/** The plan letters as the previous version shipped them, word for word. */
const SHIPPED: Array<{ code: string; name: string; channel: string; subject: string; body: string }> = JSON.parse(
  readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'plan-letters-as-first-shipped.json'), 'utf8'),
)

const TAG = '0013_plan-templates'

function dossierWithShippedTemplates() {
  const sqlite = dossierAt(previousTag(TAG))
  const insert = sqlite.prepare('INSERT INTO templates (code, name, channel, subject, body, is_builtin) VALUES (?, ?, ?, ?, ?, 1)')
  for (const template of SHIPPED) insert.run(template.code, template.name, template.channel, template.subject, template.body)
  return sqlite
}

const textOf = (sqlite: ReturnType<typeof dossierAt>, code: string) =>
  sqlite.prepare('SELECT subject, body FROM templates WHERE code = ?').get(code) as { subject: string; body: string }

describe(TAG, () => {
  it('rewords the plan letters still as shipped with the plan fields of this version', () => {
    const sqlite = dossierWithShippedTemplates()
    migrateTo(sqlite, TAG)
    for (const code of ['protocole-echeancier', 'echeance-impayee', 'email-echeance-impayee']) {
      const builtin = builtinTemplate(code)!
      expect(textOf(sqlite, code)).toEqual({ subject: builtin.subject, body: builtin.body })
    }
    expect(textOf(sqlite, 'protocole-echeancier').body).toContain('{{tableau_echeances}}')
    expect(textOf(sqlite, 'protocole-echeancier').body).toContain('{{signatures}}')
    expect(textOf(sqlite, 'echeance-impayee').body).toContain('{{echeance.reste_du}}')
    sqlite.close()
  })

  it('keeps the wording of a plan letter the user changed', () => {
    const sqlite = dossierWithShippedTemplates()
    sqlite.prepare("UPDATE templates SET body = 'Notre texte à nous : {{echeance.montant}}' WHERE code = 'echeance-impayee'").run()
    migrateTo(sqlite, TAG)
    expect(textOf(sqlite, 'echeance-impayee').body).toBe('Notre texte à nous : {{echeance.montant}}')
    expect(textOf(sqlite, 'protocole-echeancier').body).toBe(builtinTemplate('protocole-echeancier')!.body)
    sqlite.close()
  })
})

import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../helpers/test-core'

/** The layer rules of DESIGN.md are lint rules: this checks the rules themselves still bite. */
const eslint = new ESLint({ cwd: REPO_ROOT })

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${REPO_ROOT}/${filePath}` })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

describe('layer rules', () => {
  it('refuses electron outside src-main/electron', async () => {
    const code = "import { app } from 'electron'\nexport const x = app\n"
    expect(await ruleIds(code, 'src-main/handlers/x.ts')).toContain('no-restricted-imports')
    expect(await ruleIds(code, 'src-main/domain/x.ts')).toContain('no-restricted-imports')
    expect(await ruleIds(code, 'src-shared/x.ts')).toContain('no-restricted-imports')
    expect(await ruleIds(code, 'src-main/electron/x.ts')).toEqual([])
  })

  it('refuses Node built-ins and the database in src-shared and src-renderer', async () => {
    const fs = "import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n"
    const path = "import { join } from 'path'\nexport const x = join\n"
    const sqlite = "import Database from 'better-sqlite3'\nexport const x = Database\n"
    expect(await ruleIds(fs, 'src-shared/x.ts')).toContain('no-restricted-imports')
    expect(await ruleIds(path, 'src-renderer/x.tsx')).toContain('no-restricted-imports')
    expect(await ruleIds(sqlite, 'src-renderer/x.ts')).toContain('no-restricted-imports')
    expect(await ruleIds(fs, 'src-main/data/x.ts')).toEqual([])
  })

  it('keeps handlers and the host out of the CLI', async () => {
    const code = "import { runCases } from '../cli/penalty-cases'\nexport const x = runCases\n"
    expect(await ruleIds(code, 'src-main/handlers/x.ts')).toContain('house/no-cli-import')
    expect(await ruleIds(code, 'src-main/host/x.ts')).toContain('house/no-cli-import')
    expect(await ruleIds("export { parseArgs } from '../cli/args'\n", 'src-main/x.ts')).toContain('house/no-cli-import')
    expect(await ruleIds(code, 'src-main/cli/x.ts')).toEqual([])
    expect(await ruleIds("import { client } from '../clients'\nexport const x = client\n", 'src-main/handlers/x.ts')).toEqual([])
  })
})

describe('one way to reach the database', () => {
  const sqlTemplate = "import { sql } from 'drizzle-orm'\nexport const q = sql`SELECT 1`\n"
  const rawConnection = 'export const count = (ctx: { dossier: { sqlite: { prepare(s: string): unknown } } }) => ctx.dossier.sqlite.prepare("SELECT 1")\n'
  const driver = "import Database from 'better-sqlite3'\nexport const x = Database\n"
  const builder = "import { eq } from 'drizzle-orm'\nexport const x = eq\n"

  it('refuses SQL text and the raw connection outside src-main/data', async () => {
    expect(await ruleIds(sqlTemplate, 'src-main/handlers/x.ts')).toContain('house/sql-in-data')
    expect(await ruleIds(rawConnection, 'src-main/handlers/x.ts')).toContain('house/sql-in-data')
    expect(await ruleIds(driver, 'src-main/demo/x.ts')).toContain('house/sql-in-data')
  })

  it('allows them under src-main/data, and drizzle’s builder anywhere in the core', async () => {
    expect(await ruleIds(sqlTemplate, 'src-main/data/queries/x.ts')).toEqual([])
    expect(await ruleIds(rawConnection, 'src-main/data/x.ts')).toEqual([])
    expect(await ruleIds(builder, 'src-main/handlers/x.ts')).toEqual([])
  })
})

describe('one clock', () => {
  it('refuses the computer’s clock in handlers, engines and data code', async () => {
    const newDate = 'export const stamp = () => new Date().toISOString()\n'
    const dateNow = 'export const stamp = () => Date.now()\n'
    expect(await ruleIds(newDate, 'src-main/handlers/x.ts')).toContain('house/clock-from-ctx')
    expect(await ruleIds(dateNow, 'src-main/data/queries/x.ts')).toContain('house/clock-from-ctx')
    expect(await ruleIds(newDate, 'src-main/domain/x.ts')).toContain('house/clock-from-ctx')
  })

  it('allows reading a given instant, and the clock where ctx gets it', async () => {
    expect(await ruleIds('export const at = (iso: string) => new Date(iso)\n', 'src-main/handlers/x.ts')).toEqual([])
    expect(await ruleIds('export const stamp = () => new Date().toISOString()\n', 'src-main/core.ts')).toEqual([])
  })
})

describe('one way to call a channel from the renderer', () => {
  const direct = "import { invoke } from '../api'\nexport const load = () => invoke('clients.segments', {})\n"
  const deeper = "import { invoke as call } from '../../api'\nexport const load = () => call('clients.segments', {})\n"
  const namespace = "import * as api from '../../api'\nexport const load = () => api.invoke('clients.segments', {})\n"
  const hook = "import { useQuery } from '../use-channel'\nexport const useSegments = () => useQuery('clients.segments', {})\n"

  it('refuses invoke in components and pages', async () => {
    expect(await ruleIds(direct, 'src-renderer/components/x.tsx')).toContain('house/channel-through-hooks')
    expect(await ruleIds(deeper, 'src-renderer/components/letters/x.tsx')).toContain('house/channel-through-hooks')
    expect(await ruleIds(namespace, 'src-renderer/components/aging/x.tsx')).toContain('house/channel-through-hooks')
    expect(await ruleIds(direct, 'src-renderer/pages/x.tsx')).toContain('house/channel-through-hooks')
  })

  it('allows the hooks everywhere, and invoke in use-channel.ts and the stores', async () => {
    expect(await ruleIds(hook, 'src-renderer/components/x.tsx')).toEqual([])
    expect(await ruleIds("import { invoke } from './api'\nexport const x = invoke\n", 'src-renderer/use-channel.ts')).toEqual([])
    expect(await ruleIds(direct, 'src-renderer/stores/x.ts')).toEqual([])
  })
})

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
})

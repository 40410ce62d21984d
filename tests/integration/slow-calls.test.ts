import { backupSettingsFile } from '../../src-main/backups/backup-settings'
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contextFor } from '../../src-main/context'
import { dispatch, SLOW_CALL_MS } from '../../src-main/dispatch'
import { Jobs } from '../../src-main/jobs/jobs'
import { mailContext } from '../../src-main/mail/mail-context'
import { createTestCore, type TestCore } from '../helpers/test-core'

let core: TestCore

beforeEach(() => {
  core = createTestCore()
})
afterEach(() => core.dispose())

const ctx = () => contextFor(core.session, core.log, () => '2026-11-23', core.paths, new Jobs({ migrationsFolder: core.paths.migrationsFolder, logFile: core.paths.logFile, backupSettingsFile: backupSettingsFile(core.paths.userData), program: 'test' }), () => '2026-11-23T09:00:00.000Z', mailContext())

function slowLines(): Record<string, unknown>[] {
  return readFileSync(core.paths.logFile, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.event === 'dispatch.slow')
}

describe('slow calls', () => {
  it('are logged with their channel and duration once over the threshold', async () => {
    expect(SLOW_CALL_MS).toBe(100)
    await dispatch(ctx(), 'clients.list', {}, 1_000_000)
    expect(slowLines()).toEqual([])
    // A threshold below any real call's duration: every call is over it.
    await dispatch(ctx(), 'clients.list', {}, -1)
    await dispatch(ctx(), 'clients.get', { id: 999 }, -1)
    const lines = slowLines()
    expect(lines.map(({ level, channel, ok }) => ({ level, channel, ok }))).toEqual([
      { level: 'warn', channel: 'clients.list', ok: true },
      { level: 'warn', channel: 'clients.get', ok: false },
    ])
    for (const line of lines) expect(line.ms).toBeGreaterThanOrEqual(0)
  })

  it('leave a fast call out of the log at the default threshold', async () => {
    await core.ok('dossier.info', {})
    expect(slowLines()).toEqual([])
  })
})

import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { backupFolder, backupsToDelete, listBackupFiles, type BackupFile } from '../../src-main/data/backup'
import { writeFixtures } from '../fixtures/write-fixtures'
import { startCore } from '../../src-main/core'
import { createTestCore, REPO_ROOT, type TestCore } from '../helpers/test-core'

vi.setConfig({ testTimeout: 180_000 })

let core: TestCore
beforeEach(() => {
  core = createTestCore()
})
afterEach(() => core.dispose())

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

async function backupNow(): Promise<string[]> {
  const { jobId } = await core.ok('backups.start', {})
  for (;;) {
    const status = await core.ok('backups.job', { jobId })
    if (status.state === 'done') return status.written
    if (status.state !== 'running') throw new Error(`backup ${status.state}: ${status.error?.message}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const clientCodes = async () => (await core.ok('clients.list', {})).map((client) => client.code)

describe('backups and restore', () => {
  it('backs up, then restores the dossier as it was, keeping a copy of the state it replaced', async () => {
    await core.ok('clients.create', { code: 'C1', name: 'Dupré', kind: 'pro' })
    const [backup] = await backupNow()
    expect(backup).toBeDefined()
    await core.ok('clients.create', { code: 'C2', name: 'Martin', kind: 'pro' })
    expect(await clientCodes()).toEqual(['C1', 'C2'])

    const listed = await core.ok('backups.list', {})
    expect(listed.backups).toHaveLength(1)
    expect(listed.backups[0]).toMatchObject({ reason: 'manuelle', contents: { clients: 1 } })

    const restored = await core.ok('backups.restore', { name: listed.backups[0]?.name as string })
    expect(restored.restored).toBe(listed.backups[0]?.name)
    expect(await clientCodes()).toEqual(['C1'])
    // The state before the restore is itself a backup, which holds the client the restore took away.
    expect(existsSync(restored.safetyCopy)).toBe(true)
    const safety = new Database(restored.safetyCopy, { readonly: true })
    expect(safety.prepare('SELECT code FROM clients ORDER BY code').pluck().all()).toEqual(['C1', 'C2'])
    safety.close()
    expect((await core.ok('backups.list', {})).backups.map((b) => b.reason)).toEqual(['avant-restauration', 'manuelle'])
  })

  it('refuses a name that is not one of the dossier’s backups', async () => {
    const error = await core.refused('backups.restore', { name: '../../etc/passwd' })
    expect(error).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('writes each backup into the second folder too, and says when that folder cannot be written', async () => {
    const second = join(core.folder, 'cle-usb')
    await core.ok('backups.saveSettings', { secondFolder: second, keepLast: 10, keepMonths: 12 })
    const written = await backupNow()
    expect(written).toHaveLength(2)
    expect(written[1]?.startsWith(second)).toBe(true)
    const copy = new Database(written[1] as string, { readonly: true })
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok')
    copy.close()
    // A "folder" that is a file: as unwritable as an unplugged key.
    const blocked = join(core.folder, 'pas-un-dossier')
    writeFileSync(blocked, '')
    const state = await core.ok('backups.saveSettings', { secondFolder: blocked, keepLast: 10, keepMonths: 12 })
    expect(state.secondFolderReachable).toBe(false)
    expect(await backupNow()).toHaveLength(1)
  })

  it('backs the dossier up before an import', async () => {
    await core.ok('imports.run', { path: writeFixtures().fecPipe.path, kind: 'fec', acceptValid: false })
    const reasons = listBackupFiles(backupFolder(core.session.current.path)).map((backup) => backup.reason)
    expect(reasons).toEqual(['avant-import'])
  })

  it('a kill -9 during a backup leaves the dossier and the earlier backups intact', async () => {
    const path = core.session.current.path
    // Enough pages that the copy takes a while: 120 clients of 400 kB of text each (~100 MB).
    const sqlite = core.session.current.sqlite
    sqlite.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120) " +
      "INSERT INTO clients (code, name, search_key) SELECT 'C' || i, hex(randomblob(200000)), 'x' FROM n")
    const [earlier] = await backupNow()
    const earlierSha = sha(earlier as string)
    core.close()

    const folder = backupFolder(path)
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'encaisse.js'), 'backup', '--dossier', path], {
      env: { ...process.env, ENCAISSE_USER_DATA: join(core.folder, 'user-data') },
      stdio: 'ignore',
    })
    let killedMidway = false
    await new Promise<void>((resolve) => {
      child.on('exit', () => resolve())
      const watch = setInterval(() => {
        if (readdirSync(folder).some((name) => name.endsWith('.partiel'))) {
          killedMidway = child.exitCode === null && child.kill('SIGKILL')
          clearInterval(watch)
        }
      }, 2)
      child.on('exit', () => clearInterval(watch))
    })
    expect(killedMidway).toBe(true)

    const dossier = new Database(path, { readonly: true })
    expect(dossier.pragma('quick_check', { simple: true })).toBe('ok')
    expect(dossier.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(120)
    dossier.close()
    expect(sha(earlier as string)).toBe(earlierSha)
    // The half-written copy is never taken for a backup.
    expect(listBackupFiles(folder).map((backup) => backup.path)).toEqual([earlier])
  })
})

describe('the daily backup', () => {
  it('is taken as a job at the first open of the day, and not again that day', async () => {
    const path = core.session.current.path
    await core.ok('clients.create', { code: 'C1', name: 'Dupré', kind: 'pro' })
    core.close()
    const options = { dossierPath: path, userData: join(core.folder, 'user-data'), appRoot: REPO_ROOT, today: '2026-11-23' as const, dailyBackup: true }
    const first = startCore(options)
    try {
      await vi.waitFor(() => expect(listBackupFiles(backupFolder(path)).map((b) => b.reason)).toEqual(['quotidienne']), { timeout: 60_000, interval: 100 })
    } finally {
      first.close()
    }
    const again = startCore(options)
    again.close()
    expect(listBackupFiles(backupFolder(path)).filter((b) => b.reason === 'quotidienne')).toHaveLength(1)
  })
})

describe('retention', () => {
  const file = (takenAt: string): BackupFile => ({ path: takenAt, name: takenAt, folder: '', takenAt, reason: 'quotidienne', bytes: 1 })

  it('keeps the newest ones and the newest of each recent month, and lets the others go', () => {
    const days = ['2026-11-23', '2026-11-22', '2026-11-21', '2026-10-30', '2026-10-02', '2026-09-15', '2025-06-01']
    const files = days.map((day) => file(`${day}T08:00:00.000Z`))
    const gone = backupsToDelete(files, { keepLast: 2, keepMonths: 3 }, '2026-11-23')
    // Kept: the two newest (23 and 22 Nov, which stand for November), October's newest (30 Oct), September's (15 Sep).
    expect(gone.map((f) => f.takenAt.slice(0, 10))).toEqual(['2026-11-21', '2026-10-02', '2025-06-01'])
  })
})

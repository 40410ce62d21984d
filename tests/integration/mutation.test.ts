import { backupSettingsFile } from '../../src-main/backups/backup-settings'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DomainError } from '../../src-shared/result'
import { contextFor, type Ctx } from '../../src-main/context'
import { mutation } from '../../src-main/handlers/mutation'
import { Jobs } from '../../src-main/jobs/jobs'
import { mailContext } from '../../src-main/mail/mail-context'
import { createTestCore, type TestCore } from '../helpers/test-core'

let core: TestCore
let clientId: number

beforeEach(async () => {
  core = createTestCore({ today: '2031-02-03' })
  clientId = (await core.ok('clients.create', { code: 'C1', name: 'Dupré', kind: 'pro' })).id
})
afterEach(() => core.dispose())

/** A call's context whose clock moves by one second at each reading. */
function ticking(): Ctx {
  let second = 0
  const now = () => `2031-02-03T10:00:${String(second++).padStart(2, '0')}.000Z`
  return contextFor(core.session, core.log, () => '2031-02-03', core.paths, new Jobs({ migrationsFolder: core.paths.migrationsFolder, logFile: core.paths.logFile, backupSettingsFile: backupSettingsFile(core.paths.userData), program: 'test' }), now, mailContext())
}

const timeline = () =>
  core.session.current.sqlite.prepare('SELECT kind, body, occurred_on AS occurredOn, created_at AS createdAt FROM activities ORDER BY id').all()

describe('mutation', () => {
  it('writes everything with one instant and today, timeline entries included', () => {
    const write = mutation((ctx, input: { notes: string[] }) => {
      const first = ctx.now()
      for (const body of input.notes) ctx.timeline({ clientId, kind: 'note', body })
      return { first, last: ctx.now() }
    })
    const { first, last } = write(ticking(), { notes: ['un', 'deux'] })
    expect(last).toBe(first)
    expect(timeline()).toEqual([
      { kind: 'note', body: 'un', occurredOn: '2031-02-03', createdAt: first },
      { kind: 'note', body: 'deux', occurredOn: '2031-02-03', createdAt: first },
    ])
  })

  it('rolls the whole write back, timeline entry included, when it refuses halfway', () => {
    const write = mutation((ctx, _input: object) => {
      ctx.timeline({ clientId, kind: 'note', body: 'écrit puis annulé' })
      throw new DomainError('CONFLICT', 'refusé')
    })
    expect(() => write(ticking(), {})).toThrow('refusé')
    expect(timeline()).toEqual([])
  })

  it('is what write channels run: a dispute and its timeline line share the instant of the call', async () => {
    const { id: invoiceId } = await core.ok('invoices.create', {
      clientId,
      number: 'F1',
      kind: 'invoice',
      issueDate: '2031-01-02',
      amountCents: 10000,
    })
    await core.ok('disputes.open', { invoiceId, reason: 'prix' })
    const dispute = core.session.current.sqlite.prepare('SELECT opened_on AS openedOn FROM disputes').get()
    const [entry] = timeline() as { occurredOn: string; createdAt: string }[]
    expect(dispute).toEqual({ openedOn: '2031-02-03' })
    expect(entry?.occurredOn).toBe('2031-02-03')
    expect(entry?.createdAt).toMatch(/^2031-02-03T/)
  })
})

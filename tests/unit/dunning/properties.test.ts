import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDays } from '../../../src-shared/dates'
import { planDunning, type DunningClient, type PastAction } from '../../../src-main/domain/dunning'
import { STANDARD, TODAY, input, validated } from './fixtures'

const invoiceArb = fc.record({
  daysLate: fc.integer({ min: -20, max: 200 }),
  balanceCents: fc.integer({ min: 1, max: 500_000 }),
  excluded: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  disputed: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  underPlan: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
})

const clientArb = fc.record({
  invoices: fc.array(invoiceArb, { minLength: 0, maxLength: 6 }),
  creditCents: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 300_000 })),
  stopped: fc.integer({ min: 0, max: 14 }).map((n) => n === 0),
  // A past contact: how many days ago, and at which step its invoices stood.
  history: fc.option(fc.record({ daysAgo: fc.integer({ min: 0, max: 60 }), position: fc.integer({ min: 1, max: 6 }) }), { nil: undefined }),
})

type ClientDraw = { invoices: Array<{ daysLate: number; balanceCents: number; excluded: boolean; disputed: boolean; underPlan: boolean }>; creditCents: number; stopped: boolean; history: { daysAgo: number; position: number } | undefined }

function build(draws: ClientDraw[]): { clients: DunningClient[]; actions: PastAction[] } {
  let invoiceId = 0
  const actions: PastAction[] = []
  const clients = draws.map((draw, index) => {
    const id = index + 1
    const invoices = draw.invoices.map((inv) => {
      invoiceId += 1
      return { id: invoiceId, number: `F${invoiceId}`, dueDate: addDays(TODAY, -inv.daysLate), balanceCents: inv.balanceCents, excluded: inv.excluded, disputed: inv.disputed, underPlan: inv.underPlan }
    })
    const history = draw.history
    if (history && invoices.length > 0) {
      actions.push({
        clientId: id,
        date: addDays(TODAY, -history.daysAgo),
        stepPosition: history.position,
        outcome: 'contact',
        invoices: invoices.filter((_, i) => i % 2 === 0).map((inv) => ({ invoiceId: inv.id, stepPosition: history.position })),
      })
    }
    return {
      id,
      code: `C${String(id).padStart(4, '0')}`,
      name: `Client ${id}`,
      scenarioId: STANDARD.id,
      stop: draw.stopped ? { until: null } : null,
      postponedUntil: null,
      reachedByHand: null,
      creditCents: draw.creditCents,
      invoices,
    }
  })
  return { clients, actions }
}

describe('planDunning: properties over random ledgers and histories', () => {
  it('never gives a client two actions a day nor puts an invoice in two actions, day after day', () => {
    fc.assert(
      fc.property(fc.array(clientArb, { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 40 }), (draws, days) => {
        const { clients, actions: start } = build(draws)
        let actions = start
        const blocked = new Set(clients.flatMap((c) => c.invoices.filter((i) => i.disputed || i.underPlan || i.excluded).map((i) => i.id)))
        const firstLevel = new Map<number, number>()
        // Where each invoice stands and who was contacted when, kept as the days go by.
        const reached = new Map<number, number>()
        const contacted = new Set<string>()
        const record = (list: readonly PastAction[]) => {
          for (const action of list) {
            contacted.add(`${action.clientId}|${action.date}`)
            for (const i of action.invoices) reached.set(i.invoiceId, Math.max(reached.get(i.invoiceId) ?? 0, i.stepPosition))
          }
        }
        record(actions)
        for (let day = 0; day < days; day++) {
          const asOf = addDays(TODAY, day)
          const plan = planDunning(input(clients, { asOf, actions }))
          const clientIds = plan.proposals.map((p) => p.clientId)
          expect(new Set(clientIds).size).toBe(clientIds.length)
          const invoiceIds = plan.proposals.flatMap((p) => p.invoices.map((i) => i.invoiceId))
          expect(new Set(invoiceIds).size).toBe(invoiceIds.length)
          for (const id of invoiceIds) expect(blocked.has(id)).toBe(false)
          for (const proposal of plan.proposals) {
            if (!firstLevel.has(proposal.clientId)) firstLevel.set(proposal.clientId, proposal.step.level)
            // Each invoice moves on exactly one step from where it stood (past the courtesy step once late).
            for (const inv of proposal.invoices) {
              const before = reached.get(inv.invoiceId) ?? 0
              const skippedCourtesy = inv.daysLate > 0 && before === 0 ? 1 : 0
              expect(inv.stepPosition).toBe(before + 1 + skippedCourtesy)
            }
            // The same day, the same client is never proposed again, whatever was validated.
            expect(contacted.has(`${proposal.clientId}|${asOf}`)).toBe(false)
          }
          const today = validated(plan)
          record(today)
          actions = [...actions, ...today]
        }
        // A client never reminded before starts gently: courtesy or first reminder, never a formal notice.
        for (const client of clients) {
          if (start.some((a) => a.clientId === client.id)) continue
          const level = firstLevel.get(client.id)
          if (level !== undefined) expect(level).toBeLessThanOrEqual(1)
        }
      }),
      { numRuns: 150 },
    )
    // A few thousand plans: generous on a busy machine.
  }, 30_000)
})

import type { TestCore } from './test-core'

/** Small writers of a hand-built ledger, through the real channels. */

export async function client(core: TestCore, code: string, name: string, segment?: string): Promise<number> {
  return (await core.ok('clients.create', { code, name, kind: 'pro', segment })).id
}

export async function invoice(core: TestCore, clientId: number, number: string, issueDate: string, dueDate: string, amountCents: number): Promise<number> {
  return (await core.ok('invoices.create', { clientId, number, issueDate, dueDate, amountCents })).id
}

export async function creditNote(core: TestCore, clientId: number, number: string, issueDate: string, amountCents: number): Promise<number> {
  return (await core.ok('invoices.create', { clientId, number, kind: 'credit_note', issueDate, dueDate: issueDate, amountCents })).id
}

export async function payment(
  core: TestCore,
  clientId: number,
  date: string,
  amountCents: number,
  allocation: { invoiceId: number; amountCents: number }[] | 'none',
): Promise<void> {
  await core.ok('payments.record', { clientId, date, amountCents, method: 'virement', allocation })
}

/**
 * The aged balance's reference ledger, for a dossier whose today is 2026-11-23 (30 days
 * before: 24/10, 31 days: 23/10, 91 days: 24/08). Three clients owe or are owed:
 * - Établissements Dupré (PME): one invoice on each bucket boundary, 1 500,00 in all;
 * - Boulangerie Lefèvre (Artisans): 1 000,00 83 days late with 250,00 paid on 10/11, an
 *   invoice paid in full, an unused credit note of 120,00: balance 630,00;
 * - Zoé Martin (Artisans): only an unallocated payment of 80,00: balance −80,00;
 * and a fourth client owes nothing.
 */
export async function agingLedger(core: TestCore): Promise<{ dupre: number; lefevre: number; martin: number }> {
  const dupre = await client(core, '411DUPRE', 'Établissements Dupré', 'PME')
  await invoice(core, dupre, 'A1', '2026-10-24', '2026-11-23', 10_000) // due today: not due
  await invoice(core, dupre, 'A2', '2026-10-23', '2026-11-22', 20_000) // 1 day late: 1–30
  await invoice(core, dupre, 'A3', '2026-09-24', '2026-10-24', 30_000) // 30 days: 1–30
  await invoice(core, dupre, 'A4', '2026-09-23', '2026-10-23', 40_000) // 31 days: 31–60
  await invoice(core, dupre, 'A5', '2026-07-25', '2026-08-24', 50_000) // 91 days: over 90
  const lefevre = await client(core, '411LEFEV', 'Boulangerie Lefèvre', 'Artisans')
  const b1 = await invoice(core, lefevre, 'B1', '2026-08-02', '2026-09-01', 100_000) // 83 days: 61–90
  const b3 = await invoice(core, lefevre, 'B3', '2026-11-15', '2026-12-15', 50_000)
  await payment(core, lefevre, '2026-11-10', 25_000, [{ invoiceId: b1, amountCents: 25_000 }])
  await payment(core, lefevre, '2026-11-20', 50_000, [{ invoiceId: b3, amountCents: 50_000 }])
  await creditNote(core, lefevre, 'AV1', '2026-11-15', 12_000)
  const martin = await client(core, '411MARTI', 'Zoé Martin', 'Artisans')
  await payment(core, martin, '2026-11-20', 8_000, 'none')
  await client(core, '411SOLDE', 'Client soldé')
  return { dupre, lefevre, martin }
}

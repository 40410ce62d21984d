import { describe, expect, it } from 'vitest'
import { checkDraft } from '../../src-renderer/check-draft'

describe('a form draft checked with its channel’s schema before calling', () => {
  const invoice = { clientId: 7, number: 'FA-1', kind: 'invoice' as const, issueDate: '2026-03-01', label: '' }

  it('refuses an empty amount in the contract’s own words, under the contract’s field path', () => {
    const checked = checkDraft('invoices.create', { ...invoice, amountCents: undefined })
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.error.code).toBe('VALIDATION')
    expect(checked.error.details?.fields).toEqual({ amountCents: 'Le montant TTC est obligatoire ou illisible (exemple : 1 234,56).' })
  })

  it('names a nested field as the core does (an update’s fields under « fields. »), and every refused field at once', () => {
    const checked = checkDraft('invoices.update', { id: 3, fields: { ...invoice, number: ' ', amountCents: undefined } })
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(Object.keys(checked.error.details?.fields ?? {}).sort()).toEqual(['fields.amountCents', 'fields.number'])
  })

  it('gives back the input to send once whole', () => {
    const checked = checkDraft('payments.record', { clientId: 7, date: '2026-03-02', amountCents: 12_345, method: 'virement', reference: ' VIR 12 ', allocation: 'none' })
    expect(checked).toEqual({
      ok: true,
      data: { clientId: 7, date: '2026-03-02', amountCents: 12_345, method: 'virement', reference: 'VIR 12', allocation: 'none' },
    })
  })
})

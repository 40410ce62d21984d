import { z } from 'zod'
import { defineChannel } from './channel'
import { entityId, optionalText } from './fields'

export const DISPUTE_REASONS = ['prix', 'livraison', 'qualite', 'doublon', 'autre'] as const
export type DisputeReason = (typeof DISPUTE_REASONS)[number]

/** A disputed invoice is skipped by reminders until the dispute is lifted (DESIGN.md §4). */
export const disputesChannels = {
  'disputes.open': defineChannel<{ id: number }>()(
    z.object({
      invoiceId: entityId,
      reason: z.enum(DISPUTE_REASONS, { error: 'Choisissez le motif du litige.' }),
      note: optionalText('La note', 2000),
    }),
  ),
  'disputes.close': defineChannel<{ id: number }>()(z.object({ invoiceId: entityId, note: optionalText('La note', 2000) })),
}

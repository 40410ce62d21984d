import { z } from 'zod'
import { defineChannel } from './channel'

/** What the demonstration dossier holds once created. */
export interface DemoSummary {
  clients: number
  invoices: number
  creditNotes: number
  payments: number
  disputes: number
}

export const demoChannels = {
  /** Fills an empty dossier with a demonstration ledger; refused once the dossier has clients. */
  'demo.create': defineChannel<DemoSummary>()(z.object({})),
}

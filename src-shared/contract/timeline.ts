import { z } from 'zod'
import type { IsoDate } from '../dates'
import { defineChannel } from './channel'
import { entityId, isoDate, requiredText } from './fields'

export interface TimelineEntry {
  id: number
  kind: string
  occurredOn: IsoDate
  body: string
  invoiceNumber: string | null
}

export const timelineChannels = {
  'timeline.list': defineChannel<TimelineEntry[]>()(z.object({ clientId: entityId })),
  'timeline.addNote': defineChannel<{ id: number }>()(
    z.object({ clientId: entityId, body: requiredText('La note', 5000), occurredOn: isoDate('La date').optional() }),
  ),
}

import { z } from 'zod'
import type { IsoDate } from '../dates'
import { defineChannel } from './channel'
import { requiredText } from './fields'

export interface DossierInfo {
  path: string
  fileName: string
  companyName: string
  /** The core's calendar date: the renderer has no clock of its own. */
  today: IsoDate
  /** Backup written before this open migrated the file, if any. */
  backupPath: string | null
  /** The file cannot be written by this user: the screens say so and every write is refused. */
  readOnly: boolean
}

export interface RecentDossier {
  path: string
  openedAt: string
  exists: boolean
}

const dossierPath = z.object({ path: requiredText('Le chemin du dossier', 1000) })

export const dossierChannels = {
  'dossier.info': defineChannel<DossierInfo>()(z.object({})),
  'dossier.recent': defineChannel<RecentDossier[]>()(z.object({})),
  'dossier.open': defineChannel<DossierInfo>()(dossierPath),
  'dossier.create': defineChannel<DossierInfo>()(dossierPath),
}

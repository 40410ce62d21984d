import type { Result } from '../../src-shared/result'
import type { BackupJobStatus } from '../../src-shared/contract/backups'
import { UsageError } from '../command-line'
import type { Core } from '../core'
import type { Command } from './commands'

const POLL_MS = 100

/** Runs a backup job to its end, as the screen would follow it. */
async function backupToTheEnd(core: Core): Promise<Result<BackupJobStatus>> {
  const started = await core.call('backups.start', {})
  if (!started.ok) return started
  for (;;) {
    const status = await core.call('backups.job', { jobId: started.data.jobId })
    if (!status.ok) return status
    if (status.data.state === 'done') return status
    if (status.data.state !== 'running') {
      return { ok: false, error: { code: 'CONFLICT', message: status.data.error?.message ?? 'La sauvegarde a été interrompue.' } }
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}

export const BACKUP_COMMANDS: Command[] = [
  {
    name: 'backup',
    summary: 'Sauvegarde le dossier (à côté de lui, et dans le second dossier s’il est réglé) ; affiche les fichiers écrits.',
    usage: 'encaisse backup [--dossier CHEMIN]',
    flags: [],
    options: [],
    run: (core) => backupToTheEnd(core),
  },
  {
    name: 'backups',
    summary: 'Liste les sauvegardes du dossier (date, motif, contenu), de la plus récente à la plus ancienne.',
    usage: 'encaisse backups [--dossier CHEMIN]',
    flags: [],
    options: [],
    run: (core) => core.call('backups.list', {}),
  },
  {
    name: 'restore',
    summary: 'Remet le dossier dans l’état d’une sauvegarde (l’état actuel est sauvegardé d’abord).',
    usage: 'encaisse restore NOM-DE-LA-SAUVEGARDE.sqlite [--dossier CHEMIN]   (les noms : encaisse backups)',
    flags: [],
    options: [],
    run: (core, args) => {
      const [name] = args.positionals
      if (!name) throw new UsageError('Indiquez la sauvegarde à restaurer (son nom, donné par : encaisse backups).')
      return core.call('backups.restore', { name })
    },
  },
]

import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { parseArgs, UsageError } from '../command-line'
import { startCoreThread } from '../worker/core-thread'
import { startLoopbackHost } from './server'

const HELP = `Usage : npm run serve -- [--dossier CHEMIN] [--no-open]

Sert Encaisse sur http://127.0.0.1 (port libre) pour l'utiliser dans un navigateur.
  --dossier CHEMIN  dossier (fichier .sqlite) à ouvrir ; par défaut le dossier de l'utilisateur
  --no-open         ne pas ouvrir le navigateur`

/** Opens the URL in the user's default browser; a failure only means they paste it themselves. */
function openInBrowser(url: string): void {
  const command = process.platform === 'win32' ? 'explorer' : process.platform === 'darwin' ? 'open' : 'xdg-open'
  const child = spawn(command, [url], { stdio: 'ignore', detached: true })
  child.on('error', () => undefined)
  child.unref()
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { flags: ['no-open', 'help'], options: ['dossier'] })
  if (args.flags.has('help')) {
    console.log(HELP)
    return
  }
  // The host only relays calls: the core answers them from its own thread, so a long import
  // never keeps the server from answering the next request.
  const core = await startCoreThread({
    dossierPath: args.options.get('dossier'),
    createIfMissing: true,
    program: 'Encaisse dans le navigateur (npm run serve)',
    dailyBackup: true,
    outboxEveryMs: 60_000,
  })
  const host = await startLoopbackHost(join(core.appRoot, 'out', 'renderer'), core.call)
  const info = await core.call('dossier.info', {})
  console.log(`Encaisse est servi sur ${host.url}`)
  if (info.ok) console.log(`Dossier : ${(info.data as { path: string }).path}`)
  console.log('Ctrl+C pour arrêter.')
  if (!args.flags.has('no-open')) openInBrowser(host.url)
  const stop = () => {
    void host
      .close()
      .then(() => core.close())
      .then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : `Erreur : ${(error as Error).message}`)
  process.exit(error instanceof UsageError ? 2 : 1)
})

import { DomainError } from '../../src-shared/result'
import { startCore } from '../core'
import { parseArgs, UsageError } from '../command-line'
import { COMMANDS, type Command } from './commands'

const COMMON_OPTIONS = ['dossier']

function help(): string {
  const lines = [
    'Encaisse : recouvrement de créances, en ligne de commande.',
    '',
    'Usage : encaisse <commande> [options] [--dossier CHEMIN]',
    '',
    'Commandes :',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(14)} ${command.summary}`),
    '',
    'Détail :',
    ...COMMANDS.map((command) => `  ${command.usage}`),
    '',
    "--dossier CHEMIN : le fichier .sqlite du dossier ; par défaut, le dossier de l'utilisateur.",
    'Les résultats sont écrits en JSON sur la sortie standard ; code de sortie 2 pour une saisie refusée.',
  ]
  return lines.join('\n')
}

/** The longest command whose words start the arguments ("clients list" before "clients"). */
function findCommand(argv: string[]): { command: Command; rest: string[] } | undefined {
  const matches = COMMANDS.filter((command) => command.name.split(' ').every((part, i) => argv[i] === part))
  const command = matches.sort((a, b) => b.name.length - a.name.length)[0]
  return command && { command, rest: argv.slice(command.name.split(' ').length) }
}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv.includes('--help') || argv[0] === 'help') {
    console.log(help())
    return 0
  }
  const found = findCommand(argv)
  if (!found) throw new UsageError(`Commande inconnue : « ${argv.join(' ')} ». Voir encaisse --help.`)
  const { command, rest } = found
  const args = parseArgs(rest, { flags: command.flags, options: [...command.options, ...COMMON_OPTIONS] })
  const core = startCore({
    dossierPath: args.options.get('dossier'),
    createIfMissing: command.createsDossier === true,
    program: `la ligne de commande (encaisse ${command.name})`,
  })
  if (core.session.current.created) console.error(`Dossier créé : ${core.session.current.path}`)
  if (core.session.current.readOnly) console.error(`Dossier ouvert en lecture seule : ${core.session.current.path}`)
  try {
    const result = await command.run(core, args)
    if (result.ok) {
      if (command.present) return command.present(result.data)
      console.log(JSON.stringify(result.data, null, 2))
      return 0
    }
    const fields = Object.entries(result.error.details?.fields ?? {}).map(([field, message]) => `  ${field} : ${message}`)
    console.error([`Erreur : ${result.error.message}`, ...fields].join('\n'))
    return result.error.code === 'INTERNAL' ? 1 : 2
  } finally {
    core.close()
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(error.message)
      process.exitCode = 2
    } else if (error instanceof DomainError) {
      // A refused dossier (missing, not a dossier, from a newer version, busy): said in French, and nothing changed.
      console.error(`Erreur : ${error.message}`)
      process.exitCode = 2
    } else {
      console.error(`Erreur : ${(error as Error).message}`)
      process.exitCode = 1
    }
  },
)

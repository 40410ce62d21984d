import { readFileSync } from 'node:fs'
import type { AgingReport } from '../../src-shared/contract/aging'
import type { PenaltyCaseResult } from '../../src-shared/contract/penalties'
import type { Result } from '../../src-shared/result'
import type { Core } from '../core'
import { UsageError, type ParsedArgs } from '../command-line'
import { CLIENT_FIELDS } from '../import/fields/client-fields'
import { agingJson, agingText } from './aging-output'
import { BACKUP_COMMANDS } from './backup-commands'
import { DUNNING_COMMANDS } from './dunning-commands'
import { sortPenaltyCases, type PenaltyCaseError } from './penalty-cases'
// Courriers (#12)
import { LETTER_COMMANDS } from './letter-commands'
// Échéanciers (#13)
import { PLAN_COMMANDS } from './plan-commands'

export interface Command {
  /** Words typed after `encaisse`, e.g. "clients list". */
  name: string
  summary: string
  usage: string
  flags: string[]
  options: string[]
  run(core: Core, args: ParsedArgs): Promise<Result<unknown>>
  /** Writes the data itself and returns the exit code; default: JSON on stdout, 0. */
  present?(data: unknown): number
  /** Creates the dossier when it does not exist (and says so); every other command refuses a missing dossier. */
  createsDossier?: boolean
}

function jsonArgument(text: string | undefined): unknown {
  if (text === undefined) return {}
  try {
    return JSON.parse(text)
  } catch {
    throw new UsageError(`Entrée JSON illisible${text.length <= 80 ? ` : ${text}` : ''}.`)
  }
}

/** `clients add` offers the client fields that have an option (import/fields/client-fields.ts). */
const CLIENT_OPTIONS = CLIENT_FIELDS.flatMap((field) => ('cli' in field ? [field.cli] : []))

export const COMMANDS: Command[] = [
  {
    name: 'info',
    summary: 'Affiche le dossier ouvert (chemin, société, date du jour).',
    usage: 'encaisse info [--dossier CHEMIN]',
    flags: [],
    options: [],
    run: (core) => core.call('dossier.info', {}),
  },
  {
    name: 'new',
    summary: 'Crée un dossier vide (« Nouveau dossier ») ; les autres commandes refusent un dossier absent.',
    usage: 'encaisse new --dossier CHEMIN',
    createsDossier: true,
    flags: [],
    options: [],
    run: async (core) => {
      if (!core.session.current.created) {
        return { ok: false, error: { code: 'CONFLICT', message: `Le fichier « ${core.session.current.path} » existe déjà : rien n’a été créé.` } }
      }
      return core.call('dossier.info', {})
    },
  },
  {
    name: 'clients list',
    summary: 'Liste les clients (JSON), dans l’ordre alphabétique français.',
    usage: 'encaisse clients list [--search TEXTE] [--archived] [--dossier CHEMIN]',
    flags: ['archived'],
    options: ['search'],
    run: (core, args) =>
      core.call('clients.list', { search: args.options.get('search'), includeArchived: args.flags.has('archived') }),
  },
  {
    name: 'clients add',
    summary: 'Crée une fiche client.',
    usage:
      'encaisse clients add --code CODE --name "RAISON SOCIALE" [--kind pro|particulier] [--email E] [--phone T]\n' +
      '                     [--address "ADRESSE"] [--address2 "COMPLÉMENT"] [--postal-code CP] [--city VILLE] [--country PAYS]\n' +
      '                     [--siren N] [--siret N] [--vat-number N] [--terms-days JOURS] [--segment NOM] [--contact "NOM"]',
    flags: [],
    options: CLIENT_OPTIONS.map((cli) => cli.option),
    run: (core, args) => {
      let input: Record<string, unknown> = { kind: 'pro' }
      for (const cli of CLIENT_OPTIONS) {
        const value = args.options.get(cli.option)
        if (value !== undefined) input = { ...input, ...cli.form(value) }
      }
      return core.callByName('clients.create', input)
    },
  },
  {
    name: 'demo',
    summary: 'Remplit un dossier vide avec des données de démonstration et en affiche le résumé.',
    usage: 'encaisse demo --dossier CHEMIN',
    createsDossier: true,
    flags: [],
    options: [],
    run: (core) => core.call('demo.create', {}),
  },
  {
    name: 'penalties',
    summary: 'Calcule des décomptes de pénalités de retard (JSON en entrée et en sortie).',
    usage: 'encaisse penalties [--input FICHIER.json] [--dossier CHEMIN]   (sans --input : lit l’entrée standard)',
    flags: [],
    options: ['input'],
    run: async (core, args) => {
      const file = args.options.get('input')
      let text: string
      try {
        text = readFileSync(file ?? 0, 'utf8')
      } catch {
        throw new UsageError(`Fichier illisible : ${file ?? 'entrée standard'}.`)
      }
      const { accepted, refused } = sortPenaltyCases(jsonArgument(text))
      const result = await core.callByName('penalties.compute', { cases: accepted })
      // The refused cases travel with the data, since present() sees only the data.
      return result.ok ? { ok: true, data: { results: result.data, refused } } : result
    },
    present: (data) => {
      // Results of the good cases on stdout; each bad case named on stderr, and exit 2.
      const { results, refused } = data as { results: PenaltyCaseResult[]; refused: PenaltyCaseError[] }
      console.log(JSON.stringify(results, null, 2))
      for (const error of refused) console.error(error.message)
      return refused.length > 0 ? 2 : 0
    },
  },
  {
    name: 'import',
    summary: 'Importe un fichier CSV, Excel (.xlsx) ou FEC dans le dossier et affiche le bilan (JSON).',
    usage:
      'encaisse import --file FICHIER [--kind csv|xlsx|fec] [--mapping CORRESPONDANCE.json] [--as-of AAAA-MM-JJ] ' +
      '[--client-accounts 411,416] [--accept-valid] [--dossier CHEMIN]',
    createsDossier: true,
    flags: ['accept-valid'],
    options: ['file', 'kind', 'mapping', 'as-of', 'client-accounts'],
    run: (core, args) => {
      const file = args.options.get('file')
      if (!file) throw new UsageError('Indiquez le fichier à importer : --file CHEMIN.')
      const mappingFile = args.options.get('mapping')
      let mapping: unknown
      if (mappingFile !== undefined) {
        try {
          mapping = JSON.parse(readFileSync(mappingFile, 'utf8'))
        } catch {
          throw new UsageError(`Correspondance illisible : ${mappingFile} (un fichier JSON est attendu).`)
        }
      }
      return core.callByName('imports.run', {
        path: file,
        kind: args.options.get('kind'),
        mapping,
        asOf: args.options.get('as-of'),
        clientAccounts: args.options.get('client-accounts'),
        acceptValid: args.flags.has('accept-valid'),
      })
    },
  },
  {
    name: 'aging',
    summary: 'Affiche la balance âgée du dossier à une date (par défaut aujourd’hui), en tableau ou en JSON.',
    usage: 'encaisse aging [--as-of AAAA-MM-JJ] [--json] [--dossier CHEMIN]',
    flags: ['json'],
    options: ['as-of'],
    run: async (core, args) => {
      const result = await core.call('aging.report', { asOf: args.options.get('as-of'), sort: 'code' })
      // The output form travels with the data, since present() sees only the data.
      return result.ok ? { ok: true, data: { json: args.flags.has('json'), report: result.data } } : result
    },
    present: (data) => {
      const { json, report } = data as { json: boolean; report: AgingReport }
      console.log(json ? JSON.stringify(agingJson(report), null, 2) : agingText(report))
      return 0
    },
  },
  // Courriers (#12)
  ...LETTER_COMMANDS,
  ...BACKUP_COMMANDS,
  {
    name: 'call',
    summary: 'Appelle une opération du contrat avec une entrée JSON (pour les scripts).',
    usage: "encaisse call CANAL ['{\"champ\": \"valeur\"}'] [--dossier CHEMIN]",
    flags: [],
    options: [],
    run: (core, args) => {
      const [channel, json] = args.positionals
      if (!channel) throw new UsageError('Indiquez le canal à appeler, par exemple : encaisse call clients.list')
      return core.callByName(channel, jsonArgument(json))
    },
  },
  ...DUNNING_COMMANDS,
  ...PLAN_COMMANDS,
]

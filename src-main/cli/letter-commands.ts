import { writeFileSync } from 'node:fs'
import type { TemplateSummary } from '../../src-shared/contract/templates'
import { UsageError } from '../command-line'
import type { Command } from './commands'

/** `encaisse letter` and `encaisse templates`: one client's letter as a PDF, and the templates' codes to ask for. */
export const LETTER_COMMANDS: Command[] = [
  {
    name: 'letter',
    summary: 'Écrit le courrier d’un client (factures en retard et décompte à la date) dans un fichier PDF, sans rien changer au dossier.',
    usage: 'encaisse letter --client CODE --template CODE_MODELE [--as-of AAAA-MM-JJ] --out FICHIER.pdf [--dossier CHEMIN]',
    flags: [],
    options: ['client', 'template', 'as-of', 'out'],
    run: async (core, args) => {
      const clientCode = args.options.get('client')
      const code = args.options.get('template')
      const out = args.options.get('out')
      if (!clientCode) throw new UsageError('Indiquez le client : --client CODE.')
      if (!code) throw new UsageError('Indiquez le modèle : --template CODE (la liste : encaisse templates).')
      if (!out) throw new UsageError('Indiquez le fichier à écrire : --out FICHIER.pdf.')
      const result = await core.call('letters.render', { clientCode, code, asOf: args.options.get('as-of') })
      if (!result.ok) return result
      const file = result.data as { fileName: string; base64: string }
      try {
        writeFileSync(out, Buffer.from(file.base64, 'base64'))
      } catch {
        throw new UsageError(`Impossible d’écrire le fichier ${out}.`)
      }
      return { ok: true, data: { out } }
    },
    present: (data) => {
      console.log(`Courrier écrit : ${(data as { out: string }).out}`)
      return 0
    },
  },
  {
    name: 'templates',
    summary: 'Liste les modèles, un par ligne : code, canal, titre (séparés par des tabulations).',
    usage: 'encaisse templates [--dossier CHEMIN]',
    flags: [],
    options: [],
    run: (core) => core.call('templates.list', {}),
    present: (data) => {
      for (const template of data as TemplateSummary[]) console.log(`${template.code}\t${template.channel}\t${template.name}`)
      return 0
    },
  },
]

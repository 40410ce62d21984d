import type { DunningPlanView, ReminderActionView } from '../../src-shared/contract/dunning'
import type { Result } from '../../src-shared/result'
import { UsageError, type ParsedArgs } from '../command-line'
import type { Command } from './commands'
import { dunningPlanJson, dunningPlanText, recordedJson, staleWarning } from './dunning-output'

/** `--client A,B` and any codes after it: the clients whose proposals to validate. */
function clientCodes(args: ParsedArgs): string[] {
  const listed = args.options.get('client')?.split(',') ?? []
  return [...listed, ...args.positionals].map((code) => code.trim()).filter((code) => code !== '')
}

export const DUNNING_COMMANDS: Command[] = [
  {
    name: 'dunning plan',
    summary: 'Affiche les relances proposées pour une date (aujourd’hui par défaut), sans rien enregistrer.',
    usage: 'encaisse dunning plan --dossier CHEMIN [--as-of AAAA-MM-JJ] [--json]',
    flags: ['json'],
    options: ['as-of'],
    run: async (core, args) => {
      const result = await core.call('dunning.plan', { asOf: args.options.get('as-of') })
      return result.ok ? { ok: true, data: { json: args.flags.has('json'), plan: result.data } } : result
    },
    present: (data) => {
      const { json, plan } = data as { json: boolean; plan: DunningPlanView }
      const warning = staleWarning(plan)
      if (warning) console.error(warning)
      console.log(json ? JSON.stringify(dunningPlanJson(plan), null, 2) : dunningPlanText(plan))
      return 0
    },
  },
  {
    name: 'dunning validate',
    summary: 'Valide les relances proposées pour une date : toutes, ou celles des clients indiqués.',
    usage: 'encaisse dunning validate --dossier CHEMIN [--as-of AAAA-MM-JJ] [--client CODE[,CODE…]]',
    flags: [],
    options: ['as-of', 'client'],
    run: async (core, args): Promise<Result<unknown>> => {
      const asOf = args.options.get('as-of')
      const codes = clientCodes(args)
      let items: Array<{ clientId: number; dedupKey: string }> | undefined
      if (codes.length > 0) {
        const planned = await core.call('dunning.plan', { asOf })
        if (!planned.ok) return planned
        const plan = planned.data as DunningPlanView
        items = codes.map((code) => {
          const proposal = plan.proposals.find((p) => p.clientCode === code)
          if (!proposal) throw new UsageError(`Aucune relance n'est proposée au client « ${code} » ce jour-là.`)
          return { clientId: proposal.clientId, dedupKey: proposal.dedupKey }
        })
      }
      const result = await core.call('dunning.validate', { asOf, items })
      if (!result.ok) return result
      const { asOf: day, recorded } = result.data as { asOf: string; recorded: ReminderActionView[] }
      return { ok: true, data: recordedJson(day, recorded) }
    },
  },
]

import type { ClientListItem } from '../../src-shared/contract/clients'
import { PENALTY_CHOICES, type PenaltyChoice, type PlanScheduleView } from '../../src-shared/contract/plans'
import { readAmountCents } from '../../src-shared/amounts'
import { UsageError, type ParsedArgs } from '../command-line'
import type { Command } from './commands'
import { planPreviewJson, planPreviewText } from './plan-output'

const FREQUENCIES = { week: 'week', '2weeks': '2weeks', month: 'month' } as const

function amountOption(args: ParsedArgs, name: string): number | undefined {
  const text = args.options.get(name)
  if (text === undefined) return undefined
  const cents = readAmountCents(text)
  if (cents === null || cents < 0) throw new UsageError(`--${name} : montant illisible « ${text} » (exemple : 1234.56).`)
  return cents
}

function countOption(args: ParsedArgs, name: string): number | undefined {
  const text = args.options.get(name)
  if (text === undefined) return undefined
  if (!/^\d+$/.test(text)) throw new UsageError(`--${name} : nombre entier attendu, pas « ${text} ».`)
  return Number(text)
}

export const PLAN_COMMANDS: Command[] = [
  {
    name: 'plan preview',
    summary: 'Calcule l’échéancier d’un client (factures en retard, pénalités, échéances) sans rien enregistrer.',
    usage:
      'encaisse plan preview --dossier CHEMIN --client CODE (--instalments N | --amount MONTANT) --first AAAA-MM-JJ\n' +
      '                      [--every week|2weeks|month] [--down-payment MONTANT] [--penalties include|waive|freeze] [--as-of AAAA-MM-JJ] [--json]',
    flags: ['json'],
    options: ['client', 'instalments', 'amount', 'first', 'every', 'down-payment', 'penalties', 'as-of'],
    run: async (core, args) => {
      const code = args.options.get('client')
      if (!code) throw new UsageError('Indiquez le client : --client CODE.')
      const instalmentCount = countOption(args, 'instalments')
      const instalmentCents = amountOption(args, 'amount')
      if ((instalmentCount === undefined) === (instalmentCents === undefined)) {
        throw new UsageError('Indiquez soit --instalments N (nombre d’échéances), soit --amount MONTANT (montant de l’échéance), pas les deux.')
      }
      const first = args.options.get('first')
      if (!first) throw new UsageError('Indiquez la date de la première échéance : --first AAAA-MM-JJ.')
      const every = args.options.get('every') ?? 'month'
      if (!(every in FREQUENCIES)) throw new UsageError(`--every : « ${every} » inconnu ; week, 2weeks ou month.`)
      const penalties = args.options.get('penalties') ?? 'freeze'
      if (!PENALTY_CHOICES.includes(penalties as PenaltyChoice)) throw new UsageError(`--penalties : « ${penalties} » inconnu ; include, waive ou freeze.`)
      const clients = await core.call('clients.list', { search: code, includeArchived: true })
      if (!clients.ok) return clients
      const client = (clients.data as ClientListItem[]).find((c) => c.code === code)
      if (!client) throw new UsageError(`Aucun client de code « ${code} » dans ce dossier.`)
      const result = await core.call('plans.preview', {
        clientId: client.id,
        instalmentCount,
        instalmentCents,
        firstDate: first,
        frequency: FREQUENCIES[every as keyof typeof FREQUENCIES],
        downPaymentCents: amountOption(args, 'down-payment') ?? 0,
        penalties: penalties as PenaltyChoice,
        asOf: args.options.get('as-of'),
      })
      return result.ok ? { ok: true, data: { json: args.flags.has('json'), view: result.data } } : result
    },
    present: (data) => {
      const { json, view } = data as { json: boolean; view: PlanScheduleView }
      console.log(json ? JSON.stringify(planPreviewJson(view), null, 2) : planPreviewText(view))
      return 0
    },
  },
]

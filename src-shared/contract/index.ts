import { z } from 'zod'
import { agingChannels } from './aging'
import { backupsChannels } from './backups'
import { joinChannelGroups, type ChannelSpec } from './channel'
import { clientsChannels } from './clients'
import { companyChannels } from './company'
import { dashboardChannels } from './dashboard'
import { demoChannels } from './demo'
import { disputesChannels } from './disputes'
import { dunningChannels } from './dunning'
import { callsChannels } from './calls'
import { promisesChannels } from './promises'
import { clientDunningChannels, scenariosChannels } from './scenarios'
import { dossierChannels } from './dossier'
import { importsChannels } from './imports'
import { invoicesChannels } from './invoices'
import { paymentsChannels } from './payments'
import { penaltiesChannels } from './penalties'
import { ratesChannels } from './rates'
import { timelineChannels } from './timeline'
// Courriers (#12)
import { templatesChannels } from './templates'
import { letterBatchesChannels } from './letter-batches'
import { mailChannels } from './mail'
// Échéanciers (#13); the agreement PDF is made by the letters' engine
import { planDocumentsChannels, plansChannels } from './plans'

// French messages for any check a field schema does not word itself.
z.config(z.locales.fr())

/** The one registry of channels: every transport and the renderer derive from it. */
export const contract = joinChannelGroups(
  dossierChannels,
  clientsChannels,
  invoicesChannels,
  paymentsChannels,
  disputesChannels,
  timelineChannels,
  companyChannels,
  dashboardChannels,
  agingChannels,
  penaltiesChannels,
  ratesChannels,
  demoChannels,
  importsChannels,
  dunningChannels,
  callsChannels,
  promisesChannels,
  scenariosChannels,
  clientDunningChannels,
  templatesChannels,
  letterBatchesChannels,
  mailChannels,
  backupsChannels,
  plansChannels,
  planDocumentsChannels,
)

export type Contract = typeof contract
export type ChannelName = keyof Contract & string
/** What a caller may send (before defaults and trimming). */
export type ChannelInput<N extends ChannelName> = z.input<Contract[N]['input']>
/** What a handler receives once the input is validated. */
export type ParsedInput<N extends ChannelName> = z.output<Contract[N]['input']>
export type ChannelOutput<N extends ChannelName> = Contract[N] extends ChannelSpec<z.ZodType, infer O> ? O : never

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[]

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name)
}

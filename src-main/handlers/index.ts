import type { Contract } from '../../src-shared/contract'
import { joinChannelGroups } from '../../src-shared/contract/channel'
import { agingHandlers } from './aging'
import { backupHandlers } from './backups'
import { clientHandlers } from './clients'
import { companyHandlers } from './company'
import { dashboardHandlers } from './dashboard'
import { demoHandlers } from './demo'
import { disputeHandlers } from './disputes'
import { dossierHandlers } from './dossier'
import { dunningHandlers } from './dunning'
import { callHandlers } from './calls'
import { promiseHandlers } from './promises'
import { scenarioHandlers } from './scenarios'
import { clientDunningHandlers } from './client-dunning'
import { importHandlers } from './imports'
import { invoiceHandlers } from './invoices'
import { paymentHandlers } from './payments'
import { penaltyHandlers } from './penalties'
import { rateHandlers } from './rates'
import { timelineHandlers } from './timeline'
import type { HandlersOf } from './handler'
// Courriers (#12)
import { templateHandlers } from './templates'
import { letterBatchHandlers } from './letter-batches'
import { mailHandlers } from './mail'
// Échéanciers (#13)
import { planHandlers } from './plans'
// Échéanciers (#13): the agreement PDF, made by the letters' engine
import { planDocumentHandlers } from './plan-documents'

/** Every channel's handler; a missing or misspelt one is a type error here. */
export const handlers = joinChannelGroups(
  dossierHandlers,
  clientHandlers,
  invoiceHandlers,
  paymentHandlers,
  disputeHandlers,
  timelineHandlers,
  companyHandlers,
  dashboardHandlers,
  agingHandlers,
  penaltyHandlers,
  rateHandlers,
  demoHandlers,
  importHandlers,
  dunningHandlers,
  callHandlers,
  promiseHandlers,
  scenarioHandlers,
  clientDunningHandlers,
  templateHandlers,
  letterBatchHandlers,
  mailHandlers,
  backupHandlers,
  planHandlers,
  planDocumentHandlers,
) satisfies HandlersOf<Contract>

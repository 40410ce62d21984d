import { basename } from 'node:path'
import type { DossierInfo, dossierChannels } from '../../src-shared/contract/dossier'
import type { Ctx } from '../context'
import type { Dossier } from '../data/open-dossier'
import { company } from '../data/schema'
import type { HandlersOf } from './handler'

function describe(dossier: Dossier, today: string): DossierInfo {
  const row = dossier.db.select({ legalName: company.legalName }).from(company).get()
  return {
    path: dossier.path,
    fileName: basename(dossier.path),
    companyName: row?.legalName ?? '',
    today,
    backupPath: dossier.backupPath,
    readOnly: dossier.readOnly,
  }
}

export const dossierHandlers = {
  'dossier.info': (ctx: Ctx) => describe(ctx.dossier, ctx.today()),
  'dossier.recent': (ctx: Ctx) => ctx.session.recent(),
  'dossier.open': (ctx, input) => describe(ctx.session.open(input.path), ctx.today()),
  'dossier.create': (ctx, input) => describe(ctx.session.create(input.path), ctx.today()),
} satisfies HandlersOf<typeof dossierChannels>

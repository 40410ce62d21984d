import type { ColumnMapping, ImportKind } from '../../src-shared/contract/imports'
import type { IsoDate } from '../../src-shared/dates'
import { DomainError } from '../../src-shared/result'
import { clientAccountsOf } from '../data/import/client-accounts'
import type { Dossier } from '../data/open-dossier'
import { planFromFec } from './fec/fec-plan'
import { readFec } from './fec/read-fec'
import type { ImportPlan } from './plan'
import { planFromSpreadsheet } from './spreadsheet/spreadsheet-plan'
import { spreadsheetRows } from './spreadsheet/spreadsheet-rows'

export interface PlanRequest {
  path: string
  kind: ImportKind
  mapping?: ColumnMapping
  asOf?: IsoDate
  /** FEC: client account prefixes; the dossier's setting when absent. */
  clientAccounts?: string
}

/**
 * Reads a whole file into a plan, every line checked: what the review screen shows before
 * « Importer » (check-import.ts) and what the import then writes (run-import.ts) come from
 * this one reading, so the import does what the review said.
 */
export async function readPlan(
  dossier: Dossier,
  request: PlanRequest,
  options: { signal?: AbortSignal; onBytes?: (bytesRead: number, totalBytes: number) => void } = {},
): Promise<ImportPlan> {
  if (request.kind === 'fec') {
    const prefixes = (request.clientAccounts ?? clientAccountsOf(dossier))
      .split(',')
      .map((prefix) => prefix.trim())
      .filter(Boolean)
    const reading = await readFec(request.path, { clientPrefixes: prefixes, signal: options.signal, onProgress: options.onBytes })
    return {
      ...planFromFec(reading.clientLines, request.asOf ?? null),
      rejected: reading.rejected,
      repaired: reading.repaired,
      repairedCount: reading.repairedCount,
      rejectedSource: reading.rejectedSource,
      lineCount: reading.lineCount,
      columnHeaders: [],
    }
  }
  if (!request.mapping) {
    throw new DomainError('IMPORT_FORMAT', 'Indiquez la correspondance des colonnes de ce fichier (écran d’import, ou --mapping en ligne de commande).')
  }
  const source = await spreadsheetRows(request.path, request.kind, { signal: options.signal, onProgress: options.onBytes })
  return planFromSpreadsheet(source.rows, request.mapping)
}

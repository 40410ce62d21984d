import type { ExportedFile } from '../../src-shared/contract/exported-file'
import { PENALTY_CHOICE_LABELS, PLAN_STATUS_LABELS, type PlanRow } from '../../src-shared/contract/plans'
import type { IsoDate } from '../../src-shared/dates'
import type { AgingTable } from './aging-table'
import { exportTable } from './table-export'

/** The Échéanciers list as one table of cells, written by the same CSV and Excel writers as the aged balance. */
function plansTable(rows: readonly PlanRow[]): AgingTable {
  const count = rows.length === 1 ? '1 échéancier' : `${rows.length.toLocaleString('fr-FR')} échéanciers`
  const sum = (pick: (row: PlanRow) => number) => rows.reduce((total, row) => total + pick(row), 0)
  return {
    columns: [
      { header: 'Proposé le', kind: 'text' },
      { header: 'Code client', kind: 'text' },
      { header: 'Client', kind: 'text' },
      { header: 'Statut', kind: 'text' },
      { header: 'Accepté le', kind: 'text' },
      { header: 'Pénalités', kind: 'text' },
      { header: 'Échéances', kind: 'text' },
      { header: 'Montant couvert', kind: 'cents' },
      { header: 'Payé', kind: 'cents' },
      { header: 'Reste dû', kind: 'cents' },
      { header: 'Prochaine échéance', kind: 'text' },
      { header: 'Montant prochaine échéance', kind: 'cents' },
      { header: 'Échéances en retard', kind: 'text' },
      { header: 'Montant en retard', kind: 'cents' },
      { header: 'Rompu le', kind: 'text' },
    ],
    rows: rows.map((row) => [
      row.proposedOn,
      row.clientCode,
      row.clientName,
      PLAN_STATUS_LABELS[row.status],
      row.acceptedOn,
      PENALTY_CHOICE_LABELS[row.penalties],
      String(row.instalmentCount),
      row.coveredCents,
      row.paidCents,
      row.remainingCents,
      row.nextDueDate,
      row.nextAmountCents,
      String(row.lateCount),
      row.lateCents,
      row.brokenOn,
    ]),
    totals: ['Total', count, null, null, null, null, null, sum((r) => r.coveredCents), sum((r) => r.paidCents), sum((r) => r.remainingCents), null, null, null, sum((r) => r.lateCents), null],
  }
}

/** The plans (filtered as on screen) as a CSV or Excel file named after the as-of date. */
export function exportPlans(rows: readonly PlanRow[], format: 'csv' | 'xlsx', asOf: IsoDate): ExportedFile {
  return exportTable(plansTable(rows), format, `echeanciers-${asOf}`, 'Échéanciers', [0, 4, 10, 14])
}

import { REMINDER_CHANNEL_LABELS, type ReminderActionView } from '../../src-shared/contract/dunning'
import type { ExportedFile } from '../../src-shared/contract/exported-file'
import type { IsoDate } from '../../src-shared/dates'
import type { AgingTable } from './aging-table'
import { exportTable } from './table-export'

const STATUS_LABELS: Record<ReminderActionView['status'], string> = {
  proposed: 'proposée',
  validated: 'validée',
  printed: 'imprimée',
  sent: 'envoyée',
  done: 'faite',
  skipped: 'passée',
  cancelled: 'annulée',
}

/** The journal as one table of cells, written by the same CSV and Excel writers as the aged balance. */
function journalTable(rows: readonly ReminderActionView[]): AgingTable {
  const count = rows.length === 1 ? '1 relance' : `${rows.length.toLocaleString('fr-FR')} relances`
  return {
    columns: [
      { header: 'Date', kind: 'text' },
      { header: 'Code client', kind: 'text' },
      { header: 'Client', kind: 'text' },
      { header: 'Étape', kind: 'text' },
      { header: 'Niveau', kind: 'text' },
      { header: 'Canal', kind: 'text' },
      { header: 'Statut', kind: 'text' },
      { header: 'Factures', kind: 'text' },
      { header: 'Montant dû', kind: 'cents' },
      { header: 'Note', kind: 'text' },
    ],
    rows: rows.map((row) => [
      row.plannedOn,
      row.clientCode,
      row.clientName,
      row.stepLabel,
      String(row.level),
      REMINDER_CHANNEL_LABELS[row.channel],
      STATUS_LABELS[row.status],
      row.invoiceNumbers.join(' '),
      row.amountDueCents,
      [row.outcome, row.note].filter(Boolean).join(' : ') || null,
    ]),
    totals: ['Total', count, null, null, null, null, null, null, rows.reduce((sum, row) => sum + row.amountDueCents, 0), null],
  }
}

/** The journal (filtered as on screen) as a CSV or Excel file named after the day it was made. */
export function exportJournal(rows: readonly ReminderActionView[], format: 'csv' | 'xlsx', madeOn: IsoDate): ExportedFile {
  return exportTable(journalTable(rows), format, `journal-des-relances-${madeOn}`, 'Journal des relances', [0])
}

import { useState } from 'react'
import { fr } from '../../i18n/fr'
import { useQuery } from '../../use-channel'
import { formatImportTime } from './import-time'
import { UndoImportDialog } from './UndoImportDialog'

const t = fr.importing.history

interface ImportHistoryProps {
  /** Changes when an import ended or was undone elsewhere: the list reloads. */
  version: number
  onUndone(): void
}

/** Every import of the dossier, newest first, and the undoing of the last one still in place. */
export function ImportHistory({ version, onUndone }: ImportHistoryProps) {
  const history = useQuery('imports.history', {}, version)
  const rows = history.data ?? null
  const [notice, setNotice] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)

  const last = rows?.find((row) => row.undoneAt === null) ?? null
  return (
    <section className="panel import-history" aria-labelledby="import-history-title">
      <div className="panel-header">
        <h2 id="import-history-title">{t.title}</h2>
        {last ? (
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            {t.undoLast}
          </button>
        ) : null}
      </div>
      {notice ? <p className="notice" role="status">{notice}</p> : null}
      {history.error ? (
        <p className="error-text" role="alert">{history.error.message}</p>
      ) : rows === null ? (
        <p className="muted">{fr.common.loading}</p>
      ) : rows.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <table className="grid history-table" aria-label={t.table}>
          <colgroup>
            <col className="col-when" />
            <col />
            <col className="col-kind" />
            <col />
            <col className="col-state" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t.columns.date}</th>
              <th scope="col">{t.columns.file}</th>
              <th scope="col">{t.columns.kind}</th>
              <th scope="col">{t.columns.result}</th>
              <th scope="col">{t.columns.state}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className={row.undoneAt ? 'undone' : undefined}>
                <td className="date">{formatImportTime(row.importedAt)}</td>
                <td className="file-cell" title={row.fileName}>{row.fileName}</td>
                <td>{t.kinds[row.kind] ?? row.kind}</td>
                <td>{fr.importing.result.counts(row.summary)}</td>
                <td>
                  {row.undoneAt ? (
                    <span className="state-badge undone">{t.undone(formatImportTime(row.undoneAt))}</span>
                  ) : (
                    <span className="state-badge kept">{t.kept}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && last ? (
        <UndoImportDialog
          batch={last}
          onCancel={() => setConfirming(false)}
          onDone={(undone) => {
            setConfirming(false)
            setNotice(fr.importing.undo.done(undone.fileName))
            onUndone()
          }}
        />
      ) : null}
    </section>
  )
}

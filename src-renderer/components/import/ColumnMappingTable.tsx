import type { ImportFieldInfo } from '../../../src-shared/contract/imports'
import { fr } from '../../i18n/fr'
import { columnSamples, columnTitle } from './column-samples'

const t = fr.importing.mapping

interface ColumnMappingTableProps {
  headers: string[]
  rows: string[][]
  /** The fields of the chosen target, in the core's order. */
  fields: ImportFieldInfo[]
  /** Field key per column of the file, null when ignored. */
  columns: (string | null)[]
  onChange(column: number, field: string | null): void
}

/**
 * One line per column of the file: its header, a few of its values, and the field it
 * feeds. A field feeds from one column only: once taken, it is offered elsewhere as
 * taken (disabled), naming the column that has it.
 */
export function ColumnMappingTable({ headers, rows, fields, columns, onChange }: ColumnMappingTableProps) {
  const title = (column: number) => columnTitle(headers, column, t.untitled)
  return (
    <table className="grid mapping-table" aria-label={t.title}>
      <colgroup>
        <col className="col-header" />
        <col />
        <col className="col-field" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t.column}</th>
          <th scope="col">{t.samples}</th>
          <th scope="col">{t.field}</th>
        </tr>
      </thead>
      <tbody>
        {headers.map((_, column) => {
          const field = columns[column] ?? null
          const samples = columnSamples(rows, column)
          return (
            <tr key={column} className={field === null ? 'ignored' : 'mapped'}>
              <th scope="row" className="mapping-header">{title(column)}</th>
              <td className="mapping-samples">
                {samples.length === 0 ? (
                  <span className="muted">{t.noSample}</span>
                ) : (
                  samples.map((sample, index) => (
                    <span key={index} className="sample" title={sample}>{sample}</span>
                  ))
                )}
              </td>
              <td>
                <select
                  aria-label={t.fieldFor(title(column))}
                  value={field ?? ''}
                  onChange={(event) => onChange(column, event.target.value || null)}
                >
                  <option value="">{t.ignore}</option>
                  {fields.map((info) => {
                    const takenBy = columns.findIndex((key, other) => key === info.key && other !== column)
                    const label = `${info.label}${info.required ? ' *' : ''}`
                    return (
                      <option key={info.key} value={info.key} disabled={takenBy >= 0}>
                        {takenBy >= 0 ? t.usedBy(label, title(takenBy)) : label}
                      </option>
                    )
                  })}
                </select>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

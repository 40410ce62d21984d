import { fr } from '../../i18n/fr'
import { columnTitle } from './column-samples'

const t = fr.importing

interface RowsPreviewProps {
  headers: string[]
  rows: string[][]
  /** Spreadsheets: the field each column feeds (null when ignored), shown under its header. */
  fieldLabels?: (string | null)[]
}

/** The first rows of the file as it was read: the user checks that columns and values line up. */
export function RowsPreview({ headers, rows, fieldLabels }: RowsPreviewProps) {
  const width = Math.max(headers.length, ...rows.map((row) => row.length))
  const columns = Array.from({ length: width }, (_, column) => column)
  return (
    <div className="rows-preview">
      <table className="grid" aria-label={t.preview.table}>
        <thead>
          <tr>
            {columns.map((column) => {
              const label = fieldLabels?.[column]
              return (
                <th key={column} scope="col" className={fieldLabels && !label ? 'ignored' : undefined}>
                  {columnTitle(headers, column, t.mapping.untitled)}
                  {fieldLabels ? <span className="mapped-field">{label ?? t.preview.ignored}</span> : null}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {columns.map((column) => (
                <td key={column} className={fieldLabels && !fieldLabels[column] ? 'ignored' : undefined}>
                  {row[column] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

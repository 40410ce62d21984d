import type { ImportRejection } from '../../../src-shared/contract/imports'
import { fr } from '../../i18n/fr'

const t = fr.importing.rejections

/** Rows drawn at most: a file refused whole may have an error on each of its 100,000 lines. */
const SHOWN = 500

/** The lines of the file that were not imported: line, column and the reason, in the core's words. */
export function RejectionTable({ rejected }: { rejected: ImportRejection[] }) {
  return (
    <>
      <div className="rejections-scroll">
        <table className="grid rejections" aria-label={t.table}>
          <colgroup>
            <col className="col-line" />
            <col className="col-column" />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className="num">{t.line}</th>
              <th scope="col">{t.column}</th>
              <th scope="col">{t.reason}</th>
            </tr>
          </thead>
          <tbody>
            {rejected.slice(0, SHOWN).map((rejection, index) => (
              <tr key={index}>
                <td className="num">{rejection.line > 0 ? rejection.line.toLocaleString('fr-FR') : '—'}</td>
                <td>{rejection.column ?? '—'}</td>
                <td>{rejection.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rejected.length > SHOWN ? <p className="muted">{t.more(rejected.length - SHOWN)}</p> : null}
    </>
  )
}

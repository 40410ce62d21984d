import type { ImportRepair } from '../../../src-shared/contract/imports'
import { fr } from '../../i18n/fr'

const t = fr.importCheck

/** Lines read only after a repair (a separator written inside a label), and how many in all. */
export function RepairTable({ repaired, count }: { repaired: ImportRepair[]; count: number }) {
  if (count === 0) return null
  return (
    <>
      <p>{t.repaired(count)}</p>
      <table className="grid rejections" aria-label={t.repairedTable}>
        <thead>
          <tr>
            <th scope="col" className="num">{t.line}</th>
            <th scope="col">{t.repair}</th>
          </tr>
        </thead>
        <tbody>
          {repaired.map((repair) => (
            <tr key={repair.line}>
              <td className="num">{repair.line.toLocaleString('fr-FR')}</td>
              <td>{repair.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

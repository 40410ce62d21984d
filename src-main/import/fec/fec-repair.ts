import { FREE_TEXT_COLUMNS, type FecLayout } from './fec-layout'
import { fecAmountOf, fecDateOf, fecSenseOf } from './fec-values'

/** Separators a line may hide in its labels before trying every placement becomes pointless. */
const MAX_EXTRA = 6

export interface RepairedLine {
  cells: string[]
  /** The free-text columns the separators were put back into; none when the line only ended with a separator. */
  columns: string[]
}

/**
 * The cells of a line longer than the header, or null when it cannot be read. An empty
 * last cell is a separator closing the line, as some exporters write, when the header
 * says so or the line reads right without it; the rest is a label holding a separator.
 */
export function cellsOfLongLine(cells: string[], layout: FecLayout): RepairedLine | null {
  const closed = cells[cells.length - 1] === '' && (layout.trailingSeparator || plausible(cells.slice(0, -1), layout))
  const kept = closed ? cells.slice(0, -1) : cells
  return kept.length === layout.count ? { cells: kept, columns: [] } : repairedLine(kept, layout)
}

/**
 * A line with more cells than the header: several packages write a separator found in a
 * label (« Facture 12 | lot 3 ») without escaping it. Each way of putting the extra cells
 * back into the free-text columns is tried; a way is plausible when every other column
 * still reads as what it must be (dates, an account number, amounts, a sense). The line is
 * repaired when the plausible ways agree on every column but the labels; otherwise nobody
 * can say where the label ends, and null refuses it.
 */
function repairedLine(cells: string[], layout: FecLayout): RepairedLine | null {
  const extra = cells.length - layout.count
  if (extra <= 0 || extra > MAX_EXTRA) return null
  const positions = FREE_TEXT_COLUMNS.map((name) => layout.at[name]).filter((at) => at >= 0).sort((a, b) => a - b)
  const freeText = new Set(positions)
  const readings: { cells: string[]; shares: number[] }[] = []
  for (const shares of distributions(extra, positions.length)) {
    const candidate = merged(cells, positions, shares, layout.separator)
    if (plausible(candidate, layout)) readings.push({ cells: candidate, shares })
  }
  const [first] = readings
  if (!first) return null
  const fixed = (reading: string[]) => reading.filter((_, index) => !freeText.has(index)).join('\u0000')
  if (readings.some((reading) => fixed(reading.cells) !== fixed(first.cells))) return null
  return {
    cells: first.cells,
    columns: positions.filter((_, index) => (first.shares[index] ?? 0) > 0).map((at) => layout.names[at] ?? ''),
  }
}

/** Every way of giving `extra` separators to `slots` columns (compositions of extra). */
function* distributions(extra: number, slots: number): Generator<number[]> {
  if (slots === 0) return
  if (slots === 1) {
    yield [extra]
    return
  }
  for (let here = 0; here <= extra; here++) {
    for (const rest of distributions(extra - here, slots - 1)) yield [here, ...rest]
  }
}

/** The cells with `shares[i]` following cells joined back into the free-text column positions[i] (positions in the header's order). */
function merged(cells: string[], positions: number[], shares: number[], separator: string): string[] {
  const result: string[] = []
  let source = 0
  for (let column = 0; source < cells.length; column++) {
    const slot = positions.indexOf(column)
    const take = slot >= 0 ? (shares[slot] ?? 0) + 1 : 1
    result.push(cells.slice(source, source + take).join(separator))
    source += take
  }
  return result
}

function plausible(cells: string[], layout: FecLayout): boolean {
  const cell = (at: number) => (at < 0 ? '' : (cells[at] ?? '').trim())
  const { at } = layout
  const optionalDate = (index: number) => cell(index) === '' || fecDateOf(cell(index)) !== null
  const amountsRead =
    layout.amounts === 'debitCredit'
      ? fecAmountOf(cell(at.Debit)) !== null && fecAmountOf(cell(at.Credit)) !== null
      : fecAmountOf(cell(at.Montant)) !== null && fecSenseOf(cell(at.Sens)) !== null
  return (
    cells.length === layout.count &&
    cell(at.JournalCode) !== '' &&
    cell(at.EcritureNum) !== '' &&
    fecDateOf(cell(at.EcritureDate)) !== null &&
    /^\d[0-9A-Za-z]*$/.test(cell(at.CompteNum)) &&
    optionalDate(at.PieceDate) &&
    optionalDate(at.DateLet) &&
    optionalDate(at.ValidDate) &&
    amountsRead &&
    (cell(at.Montantdevise) === '' || fecAmountOf(cell(at.Montantdevise)) !== null)
  )
}

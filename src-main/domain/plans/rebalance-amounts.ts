import { formatEuros } from '../../../src-shared/money'
import { fieldError } from '../../../src-shared/result'
import { equalShares } from './equal-shares'

/**
 * The amounts once the user fixed some by hand: every row up to the last one whose amount
 * was edited keeps its amount (edited or not), and the rows after it share what is left
 * equally, the last taking the rounding, so the total stays exact to the cent. An edit that
 * leaves nothing for the rows after it is refused on that row (field `rows.<n>.amountCents`).
 */
export function rebalanceAmounts(base: readonly number[], fixed: ReadonlyMap<number, number>, totalCents: number): number[] {
  const last = Math.max(0, ...fixed.keys())
  if (last === 0) return [...base]
  const amounts = base.map((amount, index) => fixed.get(index + 1) ?? amount)
  const kept = amounts.slice(0, last).reduce((sum, amount) => sum + amount, 0)
  const left = totalCents - kept
  const after = amounts.length - last
  const field = `rows.${last}.amountCents`
  const following = after === 1 ? "l'échéance suivante" : `les ${after} échéances suivantes`
  if (after === 0) {
    if (left !== 0) {
      const due = amounts[last - 1]! + left
      throw fieldError('VALIDATION', field, due > 0
        ? `La dernière échéance solde l'échéancier : elle doit être de ${formatEuros(due)} pour que le total soit exact.`
        : `Les échéances précédentes dépassent déjà le montant couvert de ${formatEuros(-due)} : réduisez-les.`)
    }
    return amounts
  }
  const shares = left > 0 ? equalShares(left, after) : null
  if (!shares) {
    throw fieldError('VALIDATION', field, left <= 0
      ? `Avec ce montant, il ne reste rien pour ${following}${left < 0 ? ` (dépassement : ${formatEuros(-left)})` : ''}.`
      : `Avec ce montant, il reste ${formatEuros(left)} : trop peu pour ${following}.`)
  }
  return [...amounts.slice(0, last), ...shares]
}

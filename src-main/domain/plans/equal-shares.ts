/**
 * `total` cents in `count` instalments equal to the cent, the last taking the rounding:
 * each share is rounded down so the last is never smaller than the others. Null when
 * there are fewer cents than instalments.
 */
export function equalShares(totalCents: number, count: number): number[] | null {
  const share = Math.floor(totalCents / count)
  if (share < 1) return null
  return Array.from({ length: count }, (_, k) => (k === count - 1 ? totalCents - share * (count - 1) : share))
}

/** Instalments of `amount` until `total` is reached: the count is total ÷ amount rounded up, the last takes what is left. */
export function sharesOfAmount(totalCents: number, amountCents: number): number[] {
  const count = Math.ceil(totalCents / amountCents)
  return Array.from({ length: count }, (_, k) => (k === count - 1 ? totalCents - amountCents * (count - 1) : amountCents))
}

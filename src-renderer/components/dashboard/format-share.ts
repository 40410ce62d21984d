const shareFormat = new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })

/** A share from 0 to 1 for a French reader: 0.5437 → "54,4 %". */
export function formatShare(share: number): string {
  return shareFormat.format(share)
}

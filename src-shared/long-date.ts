import type { IsoDate } from './dates'

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
]

/** "2026-11-23" → "23 novembre 2026"; the first of the month is written « 1er », as French letters do. */
export function formatFrenchLongDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return `${d === 1 ? '1er' : d} ${MONTHS[m - 1]} ${y}`
}

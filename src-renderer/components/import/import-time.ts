import { formatFrenchDate, localToday } from '../../../src-shared/dates'

/** An import's instant as the user's clock shows it: « 23/11/2026 à 14:05 ». */
export function formatImportTime(instant: string): string {
  const date = new Date(instant)
  return `${formatFrenchDate(localToday(date))} à ${date.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })}`
}

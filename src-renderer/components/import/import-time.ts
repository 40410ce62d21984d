import { format } from 'date-fns'

/** An import's instant as the user's clock shows it: « 23/11/2026 à 14:05 ». */
export function formatImportTime(instant: string): string {
  return format(new Date(instant), "dd/MM/yyyy 'à' HH:mm")
}

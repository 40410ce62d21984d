import type { IsoDate } from '../../../src-shared/dates'
import { foldFrench } from '../../data/french-text'

/** « 2026-11-23_relance-2_C0042_Dupre.pdf »: sorts by date, says what and to whom, safe on every file system. */
export function letterFileName(date: IsoDate, templateCode: string, client: { code: string; name: string }): string {
  const safe = (text: string, max: number) =>
    foldFrench(text)
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, max)
      .replace(/-+$/, '')
  const name = safe(client.name, 40).replace(/(^|-)([a-z])/g, (_all, dash: string, letter: string) => dash + letter.toUpperCase())
  return `${date}_${templateCode}_${safe(client.code, 30).toUpperCase()}_${name || 'client'}.pdf`
}

import type { Dossier } from '../open-dossier'

/** The beginnings of account numbers a FEC import reads as client accounts, as the dossier keeps them ("411,416"). */
export function clientAccountsOf({ sqlite }: Pick<Dossier, 'sqlite'>): string {
  return sqlite.prepare('SELECT fec_client_prefixes FROM company WHERE id = 1').pluck().get() as string
}

/** Keeps the prefixes of an import for the next ones, written "411,416" whatever spacing was typed. */
export function saveClientAccounts({ sqlite }: Pick<Dossier, 'sqlite'>, accounts: string): void {
  const normalised = accounts
    .split(',')
    .map((prefix) => prefix.trim())
    .filter(Boolean)
    .join(',')
  sqlite.prepare('UPDATE company SET fec_client_prefixes = ? WHERE id = 1').run(normalised)
}

import type { LetterClient } from './letter-data'

const MAX_LINES = 6

/**
 * The recipient's address as La Poste wants it (NF Z10-011): at most six lines, name
 * first, the town in capitals after the postal code, the country only abroad. An
 * « À l'attention de » line is dropped first when the address is too long.
 */
export function recipientLines(client: LetterClient): string[] {
  const clean = (value: string | null) => (value && value.trim() !== '' ? value.trim() : null)
  const town = [clean(client.postalCode), clean(client.city)?.toLocaleUpperCase('fr-FR') ?? null].filter(Boolean).join(' ')
  const country = clean(client.country)
  const abroad = country !== null && country.toLocaleLowerCase('fr-FR') !== 'france' ? country.toLocaleUpperCase('fr-FR') : null
  const street = [clean(client.addressLine1), clean(client.addressLine2), clean(client.addressLine3)].filter((line) => line !== null)
  const attention = clean(client.contactName) ? `À l’attention de ${clean(client.contactName)}` : null
  const lines = [client.name, attention, ...street, town || null, abroad].filter((line): line is string => line !== null)
  return lines.length > MAX_LINES && attention ? lines.filter((line) => line !== attention) : lines.slice(0, MAX_LINES)
}

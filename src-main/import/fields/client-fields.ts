import type { z } from 'zod'
import type { clientFields } from '../../../src-shared/contract/clients'
import { foldFrench } from '../../data/french-text'
import { CLIENT_CODE, CLIENT_NAME, type ImportField } from './import-field'

/** What a person may type to create a client (clients.create), as the command line fills it. */
type ClientFormInput = z.input<typeof clientFields>

/** Where an imported client field lands in the dossier. */
export type ClientFieldTarget =
  /** The client's identity: its code finds it, its name is written by the writer itself. */
  | { to: 'identity' }
  /** A column of `clients`. */
  | { to: 'column'; column: string }
  /** The segment of that name, created the first time. */
  | { to: 'segment' }
  /** A contact of that name on the client file. */
  | { to: 'contact' }

export interface ClientField extends ImportField {
  target: ClientFieldTarget
  /** The value kept from a cell already read as text (spaces out of a SIREN, a word into a kind). */
  clean?: (text: string) => string
  /** The `encaisse clients add` option that fills it, and how it fills the client form. */
  cli?: { option: string; form: (value: string) => Partial<ClientFormInput> }
}

const withoutSpaces = (text: string) => text.replace(/\s/g, '')
const clientKind = (text: string) => (/^(part|conso|b2c|indiv)/.test(foldFrench(text)) ? 'particulier' : 'pro')

/** The one description of a client's fields for every import and for the command line. */
export const CLIENT_FIELDS = [
  {
    key: 'code', label: 'Code client', required: true, kind: 'text', target: { to: 'identity' },
    synonyms: [...CLIENT_CODE, 'Code', 'Identifiant', 'ID'],
    cli: { option: 'code', form: (code) => ({ code }) },
  },
  {
    key: 'name', label: 'Nom ou raison sociale', required: true, kind: 'text', target: { to: 'identity' },
    synonyms: CLIENT_NAME,
    cli: { option: 'name', form: (name) => ({ name }) },
  },
  {
    key: 'kind', label: 'Type (professionnel ou particulier)', required: false, kind: 'text', target: { to: 'column', column: 'kind' },
    synonyms: ['Type', 'Type de client', 'Type client', 'Nature', 'Particulier', 'Professionnel', 'Customer type'],
    clean: clientKind,
    // Typed as is: the form refuses anything but « pro » or « particulier ».
    cli: { option: 'kind', form: (kind) => ({ kind: kind as ClientFormInput['kind'] }) },
  },
  {
    key: 'siren', label: 'SIREN', required: false, kind: 'text', target: { to: 'column', column: 'siren' },
    synonyms: ['SIREN', 'N° SIREN'],
    clean: withoutSpaces,
    cli: { option: 'siren', form: (siren) => ({ siren }) },
  },
  {
    key: 'siret', label: 'SIRET', required: false, kind: 'text', target: { to: 'column', column: 'siret' },
    synonyms: ['SIRET', 'N° SIRET'],
    clean: withoutSpaces,
    cli: { option: 'siret', form: (siret) => ({ siret }) },
  },
  {
    key: 'vatNumber', label: 'N° de TVA intracommunautaire', required: false, kind: 'text', target: { to: 'column', column: 'vat_number' },
    synonyms: [
      'N° TVA', 'TVA intracommunautaire', 'N° TVA intracommunautaire', 'TVA intracom', 'Identifiant TVA', 'VAT number',
      'VAT ID', 'VAT',
    ],
    cli: { option: 'vat-number', form: (vatNumber) => ({ vatNumber }) },
  },
  {
    key: 'email', label: 'E-mail', required: false, kind: 'text', target: { to: 'column', column: 'emails' },
    synonyms: ['E-mail', 'Email', 'Courriel', 'Mail', 'Adresse e-mail', 'Adresse mail', 'Adresse électronique', 'E-mail address'],
    cli: { option: 'email', form: (emails) => ({ emails }) },
  },
  {
    key: 'phone', label: 'Téléphone', required: false, kind: 'text', target: { to: 'column', column: 'phone' },
    synonyms: ['Téléphone', 'Tél.', 'Tel', 'N° de téléphone', 'Portable', 'Mobile', 'Phone', 'Phone number', 'Telephone'],
    cli: { option: 'phone', form: (phone) => ({ phone }) },
  },
  {
    key: 'addressLine1', label: 'Adresse', required: false, kind: 'text', target: { to: 'column', column: 'address_line1' },
    synonyms: ['Adresse', 'Adresse 1', 'Adresse ligne 1', 'Rue', 'Voie', 'Address', 'Address line 1', 'Street'],
    cli: { option: 'address', form: (addressLine1) => ({ addressLine1 }) },
  },
  {
    key: 'addressLine2', label: "Complément d'adresse", required: false, kind: 'text', target: { to: 'column', column: 'address_line2' },
    synonyms: ['Adresse 2', 'Adresse ligne 2', "Complément d'adresse", 'Complément', 'Address line 2'],
    cli: { option: 'address2', form: (addressLine2) => ({ addressLine2 }) },
  },
  {
    key: 'postalCode', label: 'Code postal', required: false, kind: 'text', target: { to: 'column', column: 'postal_code' },
    synonyms: ['Code postal', 'CP', 'Postal code', 'Zip', 'Zip code', 'Postcode'],
    cli: { option: 'postal-code', form: (postalCode) => ({ postalCode }) },
  },
  {
    key: 'city', label: 'Ville', required: false, kind: 'text', target: { to: 'column', column: 'city' },
    synonyms: ['Ville', 'Localité', 'Commune', 'City', 'Town'],
    cli: { option: 'city', form: (city) => ({ city }) },
  },
  {
    key: 'country', label: 'Pays', required: false, kind: 'text', target: { to: 'column', column: 'country' },
    synonyms: ['Pays', 'Code pays', 'Country'],
    cli: { option: 'country', form: (country) => ({ country }) },
  },
  {
    key: 'termsDays', label: 'Délai de paiement (jours)', required: false, kind: 'integer', target: { to: 'column', column: 'terms_days' },
    synonyms: [
      'Délai de paiement', 'Délai de règlement', 'Délai', 'Conditions de paiement', 'Conditions de règlement', 'Jours',
      'Payment terms', 'Terms',
    ],
    // Not a number gives NaN, which the form refuses in French.
    cli: { option: 'terms-days', form: (days) => ({ termsDays: Number(days) }) },
  },
  {
    key: 'segment', label: 'Segment', required: false, kind: 'text', target: { to: 'segment' },
    synonyms: ['Segment', 'Catégorie', 'Catégorie client', 'Famille', 'Famille client', 'Groupe', 'Category', 'Group'],
    cli: { option: 'segment', form: (segment) => ({ segment }) },
  },
  {
    key: 'contactName', label: 'Contact', required: false, kind: 'text', target: { to: 'contact' },
    synonyms: ['Contact', 'Nom du contact', 'Interlocuteur', 'Contact name'],
    cli: { option: 'contact', form: (name) => ({ contacts: [{ name }] }) },
  },
] as const satisfies readonly ClientField[]

export type ClientFieldKey = (typeof CLIENT_FIELDS)[number]['key']
/** The fields a client list states beside its code and name. */
export type ClientDetailKey = Exclude<ClientFieldKey, 'code' | 'name'>

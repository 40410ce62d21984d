import { foldFrench } from '../data/french-text'
import type { AgreedTerms } from '../domain/due-date'
import {
  ADDRESS_COMPLEMENTS,
  BILLING_MAILBOXES,
  CLIENT_FILE_NOTES,
  CONTACT_ROLES,
  FEATURED_FIRMS,
  FEATURED_PERSONS,
  FIRM_NAMES,
  FIRST_NAMES,
  LEGAL_FORMS,
  PERSONAL_MAIL_DOMAINS,
  STREETS,
  SURNAMES,
  TOWNS,
  TRADES,
} from './french-names'
import { makeSiren, siretOf, vatNumberOf } from './identifiers'
import { gaussian, shuffled, type Random } from './random'
import type { DemoClient, PayerProfile } from './types'

/** A client and how much business it does, relative to the others. */
export interface WeightedClient {
  client: DemoClient
  weight: number
}

/** One client in eight is a private person, as in a supplier that also sells over the counter. */
const CONSUMER_EVERY = 8
/** Share of clients who stopped paying months ago: the files a collection tool exists for. */
const DEFAULTING_SHARE = 5 / 64
/** Share of the largest accounts put in the "Grands comptes" segment. */
const KEY_ACCOUNT_SHARE = 0.1

const SEGMENTS = { key: 'Grands comptes', trade: 'Artisans et commerçants', firm: 'PME', consumer: 'Particuliers' }

/** Lower case ASCII words joined by `separator`: "Côte d'Azur Négoce" → "cote-d-azur-negoce". */
function slug(text: string, separator: string): string {
  return foldFrench(text).split(/[^a-z0-9]+/).filter(Boolean).join(separator)
}

const LEGAL_FORM_WORDS = new RegExp(`\\b(${LEGAL_FORMS.join('|')})\\b|&\\s*Fils`, 'g')

/** The distinctive word of a firm's name: "Garage Bérard & Fils" → "Bérard". */
function distinctiveWord(name: string): string {
  return name.replace(LEGAL_FORM_WORDS, '').trim().split(/\s+/).at(-1) ?? name
}

function pairs(random: Random, count: number): string {
  return Array.from({ length: count }, () => String(random.int(0, 99)).padStart(2, '0')).join(' ')
}

function landline(random: Random, area: number): string {
  return `0${area} ${pairs(random, 4)}`
}

function mobile(random: Random): string {
  return `0${random.pick([6, 7])} ${pairs(random, 4)}`
}

interface Naming {
  name: string
  /** The word the account code is made from. */
  key: string
  style: 'trade' | 'firm' | 'consumer'
}

function firmNaming(random: Random, featured: string | undefined): Naming {
  if (featured !== undefined) {
    const craft = [...TRADES, 'Établissements'].some((trade) => featured.startsWith(`${trade} `))
    return { name: featured, key: distinctiveWord(featured), style: craft ? 'trade' : 'firm' }
  }
  const surname = random.pick(SURNAMES)
  switch (random.weighted([['trade', 45], ['firm', 35], ['family', 20]] as const)) {
    case 'trade':
      return { name: `${random.pick(TRADES)} ${surname}`, key: surname, style: 'trade' }
    case 'firm': {
      const firm = random.pick(FIRM_NAMES)
      const form = random.pick(LEGAL_FORMS)
      const name = random.chance(0.3) ? firm : random.chance(0.5) ? `${form} ${firm}` : `${firm} ${form}`
      return { name, key: firm.replace(/^(Société|Les?|La|L'|Le)\s*/, ''), style: 'firm' }
    }
    case 'family':
      return { name: random.pick([`Établissements ${surname}`, `${surname} & Fils`, `${surname} Frères`]), key: surname, style: 'trade' }
  }
}

function personNaming(random: Random, featured: string | undefined): Naming & { civility: string } {
  const [first, civility] = random.pick(FIRST_NAMES)
  const name = featured ?? `${first} ${random.pick(SURNAMES)}`
  const featuredCivility = FIRST_NAMES.find(([firstName]) => name.startsWith(`${firstName} `))?.[1]
  return { name, key: name.split(' ').at(-1) ?? name, style: 'consumer', civility: featuredCivility ?? civility }
}

/** Draws names until one is not taken yet (a few tries, then a duplicate is accepted, as in life). */
function unusedName<N extends Naming>(taken: Set<string>, draw: () => N): N {
  let naming = draw()
  for (let attempt = 0; attempt < 20 && taken.has(naming.name); attempt++) naming = draw()
  taken.add(naming.name)
  return naming
}

function accountCode(key: string, index: number, width: number): string {
  const letters = slug(key, '').toUpperCase().slice(0, 5)
  return `411${letters}${String(index + 1).padStart(width, '0')}`
}

function address(random: Random, withComplement: boolean) {
  const [postalCode, city, area] = random.pick(TOWNS)
  const number = random.int(1, 140)
  const bis = random.chance(0.06) ? ' bis' : ''
  return {
    addressLine1: `${number}${bis} ${random.pick(STREETS)}`,
    addressLine2: withComplement ? random.pick(ADDRESS_COMPLEMENTS) : null,
    postalCode,
    city,
    area,
  }
}

/** 30 days, 45 days end of month, 60 days: the usual terms, the last two at the legal cap. */
const PRO_TERMS: readonly (readonly [AgreedTerms, number])[] = [
  [{ days: 30, endOfMonth: false }, 50],
  [{ days: 45, endOfMonth: true }, 30],
  [{ days: 60, endOfMonth: false }, 20],
]

const PROFILES = [
  ['prompt', 35],
  ['ordinary', 40],
  ['slow', 25],
] as const satisfies readonly (readonly [PayerProfile, number])[]

function proClient(random: Random, index: number, width: number, proIndex: number, taken: Set<string>): WeightedClient {
  const naming = unusedName(taken, () => firmNaming(random, FEATURED_FIRMS[proIndex]))
  const place = address(random, random.chance(0.2))
  const domain = `${slug(naming.name.replace(LEGAL_FORM_WORDS, ''), '-')}.fr`
  const [first, civility] = random.pick(FIRST_NAMES)
  const surname = random.pick(SURNAMES)
  const siren = makeSiren(random)
  const terms = random.weighted(PRO_TERMS)
  return {
    weight: Math.exp(1.1 * gaussian(random)),
    client: {
      code: accountCode(naming.key, index, width),
      name: naming.name,
      kind: 'pro',
      siren,
      siret: siretOf(siren, random.chance(0.8) ? 1 : random.int(2, 40)),
      vatNumber: vatNumberOf(siren),
      addressLine1: place.addressLine1,
      addressLine2: place.addressLine2,
      postalCode: place.postalCode,
      city: place.city,
      emails: `${random.pick(BILLING_MAILBOXES)}@${domain}`,
      phone: landline(random, place.area),
      termsDays: terms.days,
      termsEndOfMonth: terms.endOfMonth,
      segment: naming.style === 'trade' ? SEGMENTS.trade : SEGMENTS.firm,
      contact: {
        name: `${first} ${surname}`,
        role: random.pick(CONTACT_ROLES),
        email: `${slug(first, '')[0] ?? 'x'}.${slug(surname, '-')}@${domain}`,
        phone: random.chance(0.5) ? mobile(random) : landline(random, place.area),
      },
      notes: random.chance(0.12) ? random.pick(CLIENT_FILE_NOTES) : null,
      profile: random.weighted(PROFILES),
      stoppedPayingOn: null,
      addressee: `${civility} ${surname}`,
    },
  }
}

function consumerClient(random: Random, index: number, width: number, consumerIndex: number, taken: Set<string>): WeightedClient {
  const naming = unusedName(taken, () => personNaming(random, FEATURED_PERSONS[consumerIndex]))
  const place = address(random, false)
  const [first = '', ...rest] = naming.name.split(' ')
  return {
    weight: 0.25 * Math.exp(0.4 * gaussian(random)),
    client: {
      code: accountCode(naming.key, index, width),
      name: naming.name,
      kind: 'particulier',
      siren: null,
      siret: null,
      vatNumber: null,
      addressLine1: place.addressLine1,
      addressLine2: null,
      postalCode: place.postalCode,
      city: place.city,
      emails: `${slug(first, '-')}.${slug(rest.join(' '), '-')}@${random.pick(PERSONAL_MAIL_DOMAINS)}`,
      phone: mobile(random),
      termsDays: 30,
      termsEndOfMonth: false,
      segment: SEGMENTS.consumer,
      contact: null,
      notes: null,
      profile: random.weighted(PROFILES),
      stoppedPayingOn: null,
      addressee: `${naming.civility} ${rest.join(' ')}`,
    },
  }
}

/**
 * `count` client files: mostly businesses (valid SIREN, billing mailbox, a contact),
 * one in eight a private person; a handful who stopped paying; volumes spread like a
 * real customer base, a few large accounts doing much of the business.
 */
export function generateClients(random: Random, count: number): WeightedClient[] {
  const width = Math.max(3, String(count).length)
  const taken = new Set<string>()
  let consumers = 0
  let pros = 0
  const list = Array.from({ length: count }, (_, index) =>
    index % CONSUMER_EVERY === CONSUMER_EVERY - 1
      ? consumerClient(random, index, width, consumers++, taken)
      : proClient(random, index, width, pros++, taken),
  )
  const defaulting = Math.max(1, Math.round(count * DEFAULTING_SHARE))
  for (const { client } of shuffled(random, list).slice(0, defaulting)) client.profile = 'defaulting'
  const byVolume = list.filter(({ client }) => client.kind === 'pro').sort((a, b) => b.weight - a.weight)
  for (const { client } of byVolume.slice(0, Math.ceil(byVolume.length * KEY_ACCOUNT_SHARE))) client.segment = SEGMENTS.key
  return list
}

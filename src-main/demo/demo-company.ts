import { frenchIban, makeSiren, siretOf, vatNumberOf } from './identifiers'
import type { Random } from './random'
import type { DemoCompany } from './types'

/**
 * The demonstration creditor: a supplier of professional equipment in Montpellier, whose
 * customers are shops, craftsmen, hotels and a few private persons. Letters need a
 * complete identity (SIREN, IBAN…) to be shown as they will be printed.
 */
export function demoCompany(random: Random): DemoCompany {
  const siren = makeSiren(random)
  const account = String(random.int(0, 99_999_999_999)).padStart(11, '0')
  return {
    legalName: 'Fournitures Méridionales',
    legalForm: 'SAS',
    capitalCents: 15_000_000,
    siren,
    siret: siretOf(siren),
    rcsCity: 'Montpellier',
    vatNumber: vatNumberOf(siren),
    addressLine1: '14 rue de la Valfère',
    postalCode: '34000',
    city: 'Montpellier',
    phone: '04 67 58 21 90',
    email: 'comptabilite@fournitures-meridionales.fr',
    website: 'www.fournitures-meridionales.fr',
    iban: frenchIban('30066', '10021', account),
    bic: 'CMCIFRPPXXX',
    signatoryName: 'Claire Fabre',
    signatoryTitle: 'Responsable administrative et financière',
    termsDays: 30,
  }
}

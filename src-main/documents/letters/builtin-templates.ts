import type { TemplateChannel } from '../../../src-shared/contract/templates'

/**
 * The templates every dossier starts with, under the codes agreed with the reminder
 * scenarios (their steps name them). The user may reword them; « Rétablir » copies the
 * text below back. Wording follows legal-fr.md §5: the formal notice says « mise en
 * demeure », names the amounts and their origin, sets a deadline, states the penalties
 * and the 40 € for professionals, and the consequences; letters to consumers claim no
 * 40 € and no interest before the formal notice.
 */

/** Which invoices a letter lists when no reminder action chose them. */
export type InvoiceScope = 'overdue' | 'open' | 'plan'

export interface BuiltinTemplate {
  code: string
  name: string
  channel: TemplateChannel
  subject: string
  body: string
  invoiceScope: InvoiceScope
}

const GREETING = 'Madame, Monsieur,'
const CLOSING = 'Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.'
const TRANSFER = 'par virement sur notre compte IBAN {{societe.iban}} (BIC {{societe.bic}}), en rappelant les numéros de factures'
const PRO_PENALTIES =
  '{{#professionnel}}Conformément à l’article L441-10 du Code de commerce et à nos conditions générales de vente, ces sommes portent de plein droit des pénalités de retard depuis le lendemain de chaque échéance, auxquelles s’ajoute l’indemnité forfaitaire pour frais de recouvrement de 40 € par facture (article D441-5). Au {{date.jour}}, le décompte s’établit ainsi :\n\n{{decompte_penalites}}{{/professionnel}}'
const EMAIL_SIGNATURE = 'Cordialement,\n{{societe.signataire}}\n{{societe.nom}}'

const paragraphs = (...lines: string[]) => lines.join('\n\n')

export const BUILTIN_TEMPLATES: BuiltinTemplate[] = [
  {
    code: 'relance-courtoisie',
    name: 'Rappel avant échéance',
    channel: 'letter',
    invoiceScope: 'open',
    subject: 'Rappel de vos prochaines échéances',
    body: paragraphs(
      GREETING,
      'Afin de faciliter la tenue de votre comptabilité, nous vous rappelons les factures suivantes, dont l’échéance approche ou est arrivée :',
      '{{tableau_factures}}',
      `Le montant restant dû s’élève à {{total.restant_du}}. Vous pouvez le régler ${TRANSFER}.`,
      'Si votre règlement est déjà en cours, nous vous remercions et vous prions de ne pas tenir compte de ce courrier.',
      CLOSING,
    ),
  },
  {
    code: 'relance-1',
    name: 'Première relance',
    channel: 'letter',
    invoiceScope: 'overdue',
    subject: 'Relance : factures échues et non réglées',
    body: paragraphs(
      GREETING,
      'Sauf erreur ou omission de notre part, nous n’avons pas reçu à ce jour le règlement des factures suivantes, arrivées à échéance :',
      '{{tableau_factures}}',
      `Le montant restant dû s’élève à {{total.restant_du}}. Il s’agit sans doute d’un simple oubli : nous vous remercions de bien vouloir procéder à ce règlement dès réception de ce courrier, ${TRANSFER}.`,
      '{{#professionnel}}Nous vous rappelons que, conformément à l’article L441-10 du Code de commerce et à nos conditions générales de vente, tout retard de paiement entraîne de plein droit des pénalités de retard et une indemnité forfaitaire pour frais de recouvrement de 40 € par facture.{{/professionnel}}',
      'Si votre règlement nous est parvenu entre-temps, nous vous prions de ne pas tenir compte de cette relance.',
      CLOSING,
    ),
  },
  {
    code: 'relance-2',
    name: 'Deuxième relance',
    channel: 'letter',
    invoiceScope: 'overdue',
    subject: 'Deuxième relance : factures impayées',
    body: paragraphs(
      GREETING,
      'Malgré notre précédente relance, les factures suivantes restent impayées à ce jour :',
      '{{tableau_factures}}',
      PRO_PENALTIES,
      `Nous vous demandons de nous régler la somme de {{total.reclame}} au plus tard le {{date_limite:8}}, ${TRANSFER}.`,
      'Sans règlement de votre part à cette date, nous serons contraints de vous adresser une mise en demeure.',
      CLOSING,
    ),
  },
  {
    code: 'mise-en-demeure',
    name: 'Mise en demeure (LRAR)',
    channel: 'registered_letter',
    invoiceScope: 'overdue',
    subject: 'Mise en demeure de payer',
    body: paragraphs(
      GREETING,
      'Malgré nos relances, les factures suivantes, émises au titre de nos livraisons et prestations, restent impayées à ce jour :',
      '{{tableau_factures}}',
      PRO_PENALTIES,
      `Par la présente, nous vous mettons en demeure de nous régler la somme de {{total.reclame}} dans un délai de quinze jours, soit au plus tard le {{date_limite:15}}, ${TRANSFER}.`,
      '{{#particulier}}Conformément aux articles 1231-6 et 1344-1 du Code civil, la présente mise en demeure fait courir les intérêts au taux légal sur les sommes dues à compter de sa réception.{{/particulier}}',
      'À défaut de règlement dans ce délai, nous saisirons sans autre avis la juridiction compétente afin d’obtenir le paiement des sommes dues, augmentées des intérêts et des frais de procédure.',
      'Ce courrier vaut mise en demeure au sens de l’article 1344 du Code civil.',
      CLOSING,
    ),
  },
  {
    code: 'dernier-avis',
    name: 'Dernier avis avant contentieux',
    channel: 'letter',
    invoiceScope: 'overdue',
    subject: 'Dernier avis avant procédure de recouvrement judiciaire',
    body: paragraphs(
      GREETING,
      'Notre mise en demeure est restée sans effet : les factures suivantes demeurent impayées.',
      '{{tableau_factures}}',
      PRO_PENALTIES,
      `Ceci est notre dernier avis amiable. Si la somme de {{total.reclame}} ne nous est pas parvenue le {{date_limite:8}} au plus tard, ${TRANSFER}, nous engagerons sans autre avis une procédure d’injonction de payer devant le tribunal compétent ; les frais de procédure resteront à votre charge.`,
      'Si vous rencontrez des difficultés de paiement, contactez-nous avant cette date au {{societe.telephone}} : un échéancier peut encore être étudié.',
      CLOSING,
    ),
  },
  {
    code: 'protocole-echeancier',
    name: 'Protocole d’échéancier',
    channel: 'letter',
    invoiceScope: 'plan',
    subject: 'Protocole d’accord : échéancier de paiement',
    body: paragraphs(
      GREETING,
      'Comme suite à nos échanges, nous acceptons que les factures suivantes, dont le principal restant dû s’élève à {{echeancier.principal}} au {{echeancier.date_proposition}}, soient réglées selon l’échéancier ci-dessous :',
      '{{tableau_factures}}',
      '{{echeancier.phrase_penalites}} L’échéancier porte ainsi sur un total de {{echeancier.total}}.',
      '{{echeancier.phrase_acompte}}',
      '{{tableau_echeances}}',
      `Chaque échéance est à régler au plus tard à sa date, ${TRANSFER}. Tant que l’échéancier est respecté, nous suspendons toute relance sur ces factures et les pénalités de retard cessent de courir.`,
      'Si une échéance n’est pas réglée à sa date, un rappel vous sera adressé {{echeancier.delai_grace}} après celle-ci. Si elle reste impayée {{echeancier.delai_rupture}} après sa date, l’échéancier sera rompu de plein droit, sans autre formalité : la totalité des sommes restant dues deviendra immédiatement exigible, nos relances reprendront et les pénalités de retard courront de nouveau à compter de la date de rupture{{#professionnel}}, ainsi que l’indemnité forfaitaire de 40 € par facture (article D441-5 du Code de commerce){{/professionnel}}.',
      'Nous vous remercions de nous retourner un exemplaire de ce protocole daté et signé, précédé de la mention manuscrite « Bon pour accord ».',
      'Fait en deux exemplaires, {{date.lieu_et_date}}.',
      '{{signatures}}',
    ),
  },
  {
    code: 'rappel-echeance',
    name: 'Rappel avant échéance d’échéancier',
    channel: 'letter',
    invoiceScope: 'plan',
    subject: 'Rappel : prochaine échéance de votre échéancier',
    body: paragraphs(
      GREETING,
      'Nous vous rappelons que l’échéance n° {{echeance.numero}} de l’échéancier convenu le {{echeancier.date_accord}}, d’un montant de {{echeance.montant}}, arrive à échéance le {{echeance.date}}.',
      `Nous vous remercions de la régler à cette date, ${TRANSFER}.`,
      'Si votre règlement est déjà en cours, nous vous prions de ne pas tenir compte de ce courrier.',
      CLOSING,
    ),
  },
  {
    code: 'echeance-impayee',
    name: 'Échéance impayée',
    channel: 'letter',
    invoiceScope: 'plan',
    subject: 'Échéance impayée de votre échéancier',
    body: paragraphs(
      GREETING,
      'L’échéance n° {{echeance.numero}} du {{echeance.date}}, d’un montant de {{echeance.montant}}, prévue à l’échéancier convenu le {{echeancier.date_accord}}, ne nous est pas parvenue : il en reste {{echeance.reste_du}} à régler.',
      `Nous vous demandons de la régler sans délai, ${TRANSFER}.`,
      'Nous vous rappelons qu’une échéance restée impayée {{echeancier.delai_rupture}} après sa date rompt l’échéancier : la totalité des sommes restant dues deviendra alors immédiatement exigible, nos relances reprendront et les pénalités de retard courront de nouveau.',
      CLOSING,
    ),
  },
  {
    code: 'email-relance-courtoisie',
    name: 'E-mail : rappel avant échéance',
    channel: 'email',
    invoiceScope: 'open',
    subject: 'Rappel de vos prochaines échéances — {{societe.nom}}',
    body: paragraphs(
      'Bonjour,',
      'Nous vous rappelons les factures suivantes, dont l’échéance approche ou est arrivée :',
      '{{tableau_factures}}',
      `Montant restant dû : {{total.restant_du}}, à régler ${TRANSFER}. Le relevé est joint en PDF.`,
      'Si votre règlement est déjà en cours, merci de ne pas tenir compte de ce message.',
      EMAIL_SIGNATURE,
    ),
  },
  {
    code: 'email-relance-1',
    name: 'E-mail : première relance',
    channel: 'email',
    invoiceScope: 'overdue',
    subject: 'Factures échues et non réglées — {{societe.nom}}',
    body: paragraphs(
      'Bonjour,',
      'Sauf erreur de notre part, les factures suivantes sont échues et restent impayées :',
      '{{tableau_factures}}',
      `Montant restant dû : {{total.restant_du}}. Merci de procéder à leur règlement ${TRANSFER}. Le détail est joint en PDF.`,
      'Si votre règlement nous est parvenu entre-temps, merci de ne pas tenir compte de ce message.',
      EMAIL_SIGNATURE,
    ),
  },
  {
    code: 'email-relance-2',
    name: 'E-mail : deuxième relance',
    channel: 'email',
    invoiceScope: 'overdue',
    subject: 'Deuxième relance : factures impayées — {{societe.nom}}',
    body: paragraphs(
      'Bonjour,',
      'Malgré notre précédente relance, les factures suivantes restent impayées :',
      '{{tableau_factures}}',
      '{{#professionnel}}Des pénalités de retard courent depuis le lendemain de chaque échéance (article L441-10 du Code de commerce), ainsi que l’indemnité forfaitaire de 40 € par facture ; le décompte est joint en PDF.{{/professionnel}}',
      `Merci de nous régler la somme de {{total.reclame}} au plus tard le {{date_limite:8}}, ${TRANSFER}.`,
      EMAIL_SIGNATURE,
    ),
  },
  {
    code: 'email-mise-en-demeure',
    name: 'E-mail : mise en demeure',
    channel: 'email',
    invoiceScope: 'overdue',
    subject: 'Mise en demeure de payer — {{societe.nom}}',
    body: paragraphs(
      'Madame, Monsieur,',
      'Malgré nos relances, les factures suivantes restent impayées :',
      '{{tableau_factures}}',
      `Par le présent message, doublé d’un courrier recommandé, nous vous mettons en demeure de nous régler la somme de {{total.reclame}} au plus tard le {{date_limite:15}}, ${TRANSFER}. Le décompte est joint en PDF.`,
      'À défaut, nous saisirons sans autre avis la juridiction compétente.',
      EMAIL_SIGNATURE,
    ),
  },
  {
    code: 'email-dernier-avis',
    name: 'E-mail : dernier avis',
    channel: 'email',
    invoiceScope: 'overdue',
    subject: 'Dernier avis avant procédure — {{societe.nom}}',
    body: paragraphs(
      'Madame, Monsieur,',
      'Les factures suivantes demeurent impayées malgré notre mise en demeure :',
      '{{tableau_factures}}',
      `Sans règlement de {{total.reclame}} le {{date_limite:8}} au plus tard, ${TRANSFER}, nous engagerons une procédure d’injonction de payer.`,
      EMAIL_SIGNATURE,
    ),
  },
  {
    code: 'email-rappel-echeance',
    name: 'E-mail : rappel avant échéance d’échéancier',
    channel: 'email',
    invoiceScope: 'plan',
    subject: 'Prochaine échéance de votre échéancier — {{societe.nom}}',
    body: paragraphs(
      'Bonjour,',
      'Nous vous rappelons que l’échéance n° {{echeance.numero}} de l’échéancier convenu le {{echeancier.date_accord}}, d’un montant de {{echeance.montant}}, arrive à échéance le {{echeance.date}}.',
      `Merci de la régler à cette date, ${TRANSFER}. Si votre règlement est déjà en cours, merci de ne pas tenir compte de ce message.`,
      EMAIL_SIGNATURE,
    ),
  },
  {
    code: 'email-echeance-impayee',
    name: 'E-mail : échéance impayée',
    channel: 'email',
    invoiceScope: 'plan',
    subject: 'Échéance impayée — {{societe.nom}}',
    body: paragraphs(
      'Bonjour,',
      'L’échéance n° {{echeance.numero}} du {{echeance.date}} ({{echeance.montant}}) de l’échéancier convenu le {{echeancier.date_accord}} ne nous est pas parvenue : il en reste {{echeance.reste_du}} à régler.',
      `Merci de la régler sans délai, ${TRANSFER}. Une échéance restée impayée {{echeancier.delai_rupture}} après sa date rompt l’échéancier : la totalité des sommes restant dues deviendrait alors exigible.`,
      EMAIL_SIGNATURE,
    ),
  },
  {
    code: 'script-appel',
    name: 'Script d’appel',
    channel: 'phone',
    invoiceScope: 'overdue',
    subject: 'Appel de relance',
    body: paragraphs(
      'Bonjour, {{societe.signataire}}, de la société {{societe.nom}}. Je vous appelle au sujet de factures restées impayées.',
      '{{tableau_factures}}',
      'Le total restant dû est de {{total.restant_du}}. Pouvez-vous me dire où en est leur règlement ?',
      'Noter : date de paiement promise, montant, interlocuteur ; en cas de désaccord, le motif du litige.',
    ),
  },
]

export function builtinTemplate(code: string): BuiltinTemplate | undefined {
  return BUILTIN_TEMPLATES.find((template) => template.code === code)
}

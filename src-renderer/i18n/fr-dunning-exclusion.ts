/** « Exclure des relances » on an invoice row, and its way back. */
export const frDunningExclusion = {
  exclude: 'Exclure',
  excludeTitle: (number: string) => `Exclure la facture ${number} des relances`,
  include: 'Relancer',
  includeTitle: (number: string) => `Relancer de nouveau la facture ${number}`,
  badge: 'Hors relances',
  badgeTitle: (since: string, reason: string | null) => `Exclue des relances depuis le ${since}${reason ? ` : ${reason}` : ''}`,
  hint: 'Les relances ne la proposeront plus (motif « facture exclue ») jusqu’à ce que vous la relanciez de nouveau. Le reste du compte du client est relancé normalement.',
  reason: 'Motif',
  reasonHint: 'Il figure dans l’historique du client (exemple : avoir à venir, accord commercial).',
  reasonMissing: 'Indiquez le motif de l’exclusion.',
  confirm: 'Exclure des relances',
  working: 'Enregistrement…',
  excluded: (number: string) => `Facture ${number} exclue des relances.`,
  included: (number: string) => `Facture ${number} de nouveau relancée.`,
}

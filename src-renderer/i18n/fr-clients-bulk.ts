const clients = (n: number) => `${n.toLocaleString('fr-FR')} client${n > 1 ? 's' : ''}`

/** The Clients page's selection and what it applies to reminders, for many clients at once. */
export const frClientsBulk = {
  selectAllShown: 'Sélectionner les clients affichés',
  selectOne: (name: string) => `Sélectionner ${name}`,
  region: 'Relances des clients sélectionnés',
  selected: (n: number) => `${clients(n)} sélectionné${n > 1 ? 's' : ''}`,
  selectAllMatching: 'Sélectionner tous les clients du filtre',
  clear: 'Tout désélectionner',
  action: 'À appliquer',
  actions: {
    reached: 'Déjà relancés avant Encaisse',
    scenario: 'Scénario de relance',
    stop: 'Bloquer les relances',
    resume: 'Lever le blocage des relances',
  },
  level: 'Nombre de relances déjà faites',
  levelOption: (n: number) => `${n} fois (niveau ${n})`,
  levelNone: 'aucune (effacer la saisie)',
  reachedOn: 'Date de la dernière relance',
  reachedOnHint: 'Vide : aujourd’hui. Les factures échues après cette date repartent de la première relance.',
  scenario: 'Scénario',
  scenarioInherited: 'Celui du segment ou du dossier',
  apply: (n: number) => `Appliquer à ${clients(n)}`,
  applying: 'Enregistrement…',
  done: (n: number, what: string) => `${clients(n)} mis à jour : ${what}.`,
  what: {
    reached: (level: number, on: string | null) => `déjà relancé${level > 1 ? 's' : ''} ${level} fois${on ? `, dernière relance le ${on}` : ', dernière relance aujourd’hui'}`,
    reachedCleared: 'niveau de relance saisi à la main effacé',
    scenario: (name: string) => `scénario « ${name} »`,
    scenarioInherited: 'scénario du segment ou du dossier',
    stop: (reason: string, until: string | null) => `relances bloquées${until ? ` jusqu’au ${until}` : ''} (${reason})`,
    resume: 'blocage des relances levé',
  },
}

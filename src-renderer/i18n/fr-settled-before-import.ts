/** Texts about amounts an import found already settled on a date its source does not give. */
export const settledBeforeImport = {
  unknownMethod: 'Inconnu',
  assumedDate: 'date inconnue, comptée à l’échéance',
  giveDate: 'Indiquer la date',
  realDate: 'Date réelle du règlement',
  method: 'Mode de règlement',
  methodUnknown: '— inconnu —',
  save: 'Enregistrer',
  cancel: 'Annuler',
} as const

/** Texts of the review screen's check of every line, before « Importer ». */
export const importCheck = {
  title: 'Vérification du fichier',
  checking: 'Vérification de toutes les lignes du fichier…',
  lines: (n: number) => `${n.toLocaleString('fr-FR')} ligne${n > 1 ? 's' : ''} lue${n > 1 ? 's' : ''}`,
  holds: (parts: string[]) => (parts.length === 0 ? 'rien à importer' : parts.join(', ')),
  count: (n: number, one: string, many: string) => `${n.toLocaleString('fr-FR')} ${n > 1 ? many : one}`,
  clients: ['client', 'clients'],
  invoices: ['facture', 'factures'],
  creditNotes: ['avoir', 'avoirs'],
  payments: ['règlement', 'règlements'],
  allReadable: 'Tous les champs obligatoires sont associés ; toutes les lignes sont lisibles.',
  fecReadable: 'Toutes les lignes du FEC sont lisibles.',
  inError: (n: number) =>
    `${n.toLocaleString('fr-FR')} ligne${n > 1 ? 's' : ''} en erreur : corrigez le fichier ou la lecture des colonnes, ` +
    'ou cochez « Importer les lignes valides et mettre de côté les lignes en erreur ».',
  setAside: (n: number) => `${n.toLocaleString('fr-FR')} ligne${n > 1 ? 's' : ''} en erreur ser${n > 1 ? 'ont' : 'a'} mise${n > 1 ? 's' : ''} de côté ; les autres seront importées.`,
  firstErrors: (shown: number, total: number) =>
    total > shown ? `Les ${shown} premières erreurs (${total.toLocaleString('fr-FR')} lignes en erreur en tout) :` : 'Erreurs trouvées :',
  repaired: (n: number) =>
    `${n.toLocaleString('fr-FR')} ligne${n > 1 ? 's' : ''} réparée${n > 1 ? 's' : ''} : un séparateur écrit dans un libellé y a été remis. Vérifiez-les dans le fichier si besoin.`,
  repairedTable: 'Lignes réparées',
  line: 'Ligne',
  repair: 'Réparation',
} as const

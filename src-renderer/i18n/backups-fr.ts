/** The texts of the backups panel (Paramètres) and the read-only banner, re-exported from fr.ts. */
export const backupsFr = {
  title: 'Sauvegardes',
  intro:
    'Encaisse sauvegarde le dossier avant chaque import et chaque lot de courriers, et une fois par jour. ' +
    'Restaurer une sauvegarde remet le dossier dans cet état ; l’état actuel est sauvegardé d’abord.',
  backupNow: 'Sauvegarder maintenant',
  backingUp: (done: number, total: number) => (total > 0 ? `Sauvegarde… ${Math.round((done / total) * 100)} %` : 'Sauvegarde…'),
  backedUp: (count: number) => (count > 1 ? `Sauvegarde faite (et copiée dans le second dossier).` : 'Sauvegarde faite.'),
  none: 'Aucune sauvegarde pour l’instant.',
  table: 'Sauvegardes du dossier',
  columns: { takenAt: 'Date', reason: 'Motif', contents: 'Contenu', folder: 'Emplacement', action: '' },
  reasons: {
    'avant-migration': 'Avant mise à niveau',
    'avant-import': 'Avant un import',
    'avant-courriers': 'Avant un lot de courriers',
    quotidienne: 'Quotidienne',
    manuelle: 'Manuelle',
    'avant-restauration': 'Avant une restauration',
  } as Record<string, string>,
  contents: (clients: number, invoices: number) =>
    `${clients.toLocaleString('fr-FR')} client${clients > 1 ? 's' : ''}, ${invoices.toLocaleString('fr-FR')} facture${invoices > 1 ? 's' : ''}`,
  unreadable: 'illisible',
  restore: 'Restaurer',
  confirmRestore: 'Confirmer la restauration',
  restored: (name: string) => `Dossier restauré depuis « ${name} ». L’état d’avant est gardé parmi les sauvegardes.`,
  settingsTitle: 'Où et combien',
  secondFolder: 'Second dossier de sauvegarde (autre disque, clé USB, partage réseau)',
  secondFolderHint: 'Chemin complet d’un dossier ; laissez vide pour ne sauvegarder qu’à côté du dossier.',
  secondFolderUnreachable: 'Le second dossier de sauvegarde est inaccessible (clé débranchée ? partage hors ligne ?) : les sauvegardes ne sont faites qu’à côté du dossier.',
  keepLast: 'Sauvegardes récentes gardées',
  keepMonths: 'Mois gardés (une sauvegarde par mois)',
  saved: 'Réglages des sauvegardes enregistrés.',
  readOnlyBanner: 'Lecture seule : ce fichier ne peut pas être modifié depuis ce poste. Vous pouvez tout consulter ; chaque enregistrement sera refusé.',
}

/**
 * Raw material for demonstration clients: names, streets and towns as a French
 * accountant meets them, accents included, so that searching, sorting and letters are
 * shown on the data they were built for.
 */

/** First name and the civility that goes with it (for "Mme Bérard" in a note). */
export const FIRST_NAMES: readonly (readonly [string, 'Mme' | 'M.'])[] = [
  ['Hélène', 'Mme'], ['Éric', 'M.'], ['Léa', 'Mme'], ['Jérôme', 'M.'], ['Amélie', 'Mme'], ['François', 'M.'],
  ['Cécile', 'Mme'], ['Stéphane', 'M.'], ['Noémie', 'Mme'], ['Frédéric', 'M.'], ['Agnès', 'Mme'], ['Benoît', 'M.'],
  ['Gaëlle', 'Mme'], ['Loïc', 'M.'], ['Maëlle', 'Mme'], ['Raphaël', 'M.'], ['Chloé', 'Mme'], ['Joël', 'M.'],
  ['Mélanie', 'Mme'], ['André', 'M.'], ['Thérèse', 'Mme'], ['Sébastien', 'M.'], ['Anaïs', 'Mme'], ['Jean-Noël', 'M.'],
  ['Émilie', 'Mme'], ['Clément', 'M.'], ['Inès', 'Mme'], ['Hervé', 'M.'], ['Valérie', 'Mme'], ['Grégoire', 'M.'],
  ['Béatrice', 'Mme'], ['Régis', 'M.'], ['Élodie', 'Mme'], ['Gérard', 'M.'], ['Céline', 'Mme'], ['Aurélien', 'M.'],
  ['Solène', 'Mme'], ['Théo', 'M.'], ['Zoé', 'Mme'], ['Rémi', 'M.'], ['Ségolène', 'Mme'], ['Jérémie', 'M.'],
]

export const SURNAMES: readonly string[] = [
  'Dupré', 'Lefèvre', 'Bérard', 'Gauthier', 'Mercier', 'Rousseau', 'Fabre', 'Morel', 'Chevalier', 'Lemaître',
  'Giraud', 'Faure', 'Carré', 'Hébert', 'Péron', 'Léger', 'Ménard', 'Rivière', 'Dumoulin', 'Joly', 'Brunet',
  'Lacroix', 'Garnier', 'Boyer', 'Fontaine', 'Marchand', 'Perrin', 'Masson', 'Roché', 'Bouvier', 'Michaud',
  'Lebœuf', 'Poirier', 'Lecœur', 'Séguin', 'Thibault', 'Vallée', 'Crépin', 'Delorme', 'Étienne', 'Gaillard',
  'Hérault', 'Jourdain', 'Lévêque', 'Noël', 'Pagès', 'Prévost', 'Rénier', 'Sénéchal', 'Vidal', 'Aubé', 'Bézier',
  'Castañé', 'Désiré', 'Fréchette', 'Guérin', 'Hélias', 'Laurençon', 'Mégret', 'Ollivier', 'Quéré', 'Sauvé',
]

/** Trades written before a surname: "Boulangerie Lefèvre", "Garage Bérard". */
export const TRADES: readonly string[] = [
  'Boulangerie', 'Pâtisserie', 'Boucherie', 'Fromagerie', 'Menuiserie', 'Ébénisterie', 'Plomberie', 'Électricité',
  'Garage', 'Transports', 'Imprimerie', 'Quincaillerie', 'Pharmacie', 'Cabinet', 'Charpente', 'Maçonnerie',
  'Serrurerie', 'Librairie', 'Brasserie', 'Fleurs', 'Jardinerie', 'Ambulances', 'Traiteur', 'Carrosserie',
  'Pépinières', 'Caves', 'Épicerie fine', 'Chaussures', 'Optique', 'Coiffure',
]

/** Names of firms that are not a trade and a surname; a legal form goes before or after. */
export const FIRM_NAMES: readonly string[] = [
  "Côte d'Azur Négoce", 'Comptoir Méditerranéen', "Forges de l'Isère", 'Bâtiment Rhône-Alpes', 'Hôtel du Lac',
  'Les Délices de Sèvres', 'Auberge de la Forêt', 'Domaine des Coteaux', 'Métallerie Savoyarde', 'Scierie du Haut-Doubs',
  "L'Île aux Épices", 'Résidence Les Tilleuls', 'Atelier Numérique Lyonnais', 'Coopérative du Gers', 'Château Bellevue',
  'Camping Les Mûriers', 'Crèche Les Écureuils', 'Agence du Château', 'Énergies du Vercors', 'Béton Prêt Provençal',
  'Clinique des Églantiers', 'Menuiseries du Lévézou', 'Société Nouvelle des Tuileries', 'Génie Climatique Ardéchois',
  'Sécurité Incendie Bourguignonne', 'Maison Pérès', 'Le Bistrot de Léonie', 'Hôtel des Thermes', 'Océane Marée',
  'Vergers du Comtat', 'Laiterie des Aravis', 'Garnier Frères Matériaux', 'Mécanique de Précision Lorraine',
  'Ambulances Côte Vermeille', 'Informatique & Réseaux du Béarn', "Pressing de l'Étoile", 'Cave Coopérative de Pézenas',
]

export const LEGAL_FORMS: readonly string[] = ['SARL', 'SAS', 'EURL', 'SA', 'SNC', 'SASU']

/** Shown first in the demonstration, so the examples people talk about are there. */
export const FEATURED_FIRMS: readonly string[] = [
  'Établissements Dupré', 'Boulangerie Lefèvre', "SARL Côte d'Azur Négoce", 'Garage Bérard & Fils', 'Hôtel du Lac',
  'Menuiserie Gauthier', 'Transports Rousseau SAS', 'Pâtisserie Ménard', "Forges de l'Isère SA", 'Pharmacie des Écoles',
]

export const FEATURED_PERSONS: readonly string[] = ['Hélène Bérard', 'Jérôme Lefèvre', 'Zoé Noël']

/** Street names without the number; short enough for a 38-character address line. */
export const STREETS: readonly string[] = [
  'rue des Écoles', 'avenue Jean-Jaurès', 'boulevard de la Libération', "place de l'Église", 'rue Émile-Zola',
  'chemin des Vignes', 'rue du Général-Leclerc', 'allée des Châtaigniers', 'rue de la République', 'quai des Célestins',
  'impasse des Mûriers', 'route de Besançon', 'rue Victor-Hugo', 'avenue des Frères-Lumière', 'rue Pasteur',
  'cours Gambetta', 'rue Aristide-Briand', "rue de l'Hôtel-de-Ville", 'place du Marché', 'rue des Tanneurs',
  'avenue de la Gare', 'rue Saint-Éloi', "rue du Château-d'Eau", 'chemin de la Crête', 'rue des Forgerons',
  'boulevard Maréchal-Foch', 'rue de la Fontaine', 'avenue de Verdun', 'rue des Pénitents-Blancs', 'rue Mérindol',
]

/** Second address lines for firms on business estates. */
export const ADDRESS_COMPLEMENTS: readonly string[] = [
  'ZA des Épinettes', 'Bâtiment B', 'ZI du Pré-Long', "Parc d'activités Écoparc", 'Lieu-dit La Grange', 'Zone artisanale Nord',
]

/** Postal code, town, and the first digit after 0 of its landline numbers. */
export const TOWNS: readonly (readonly [string, string, number])[] = [
  ['75011', 'Paris', 1], ['75015', 'Paris', 1], ['92100', 'Boulogne-Billancourt', 1], ['94000', 'Créteil', 1],
  ['77300', 'Fontainebleau', 1], ['78000', 'Versailles', 1], ['91000', 'Évry-Courcouronnes', 1], ['69003', 'Lyon', 4],
  ['69200', 'Vénissieux', 4], ['42000', 'Saint-Étienne', 4], ['38000', 'Grenoble', 4], ['73000', 'Chambéry', 4],
  ['74000', 'Annecy', 4], ['13006', 'Marseille', 4], ['13100', 'Aix-en-Provence', 4], ['06000', 'Nice', 4],
  ['83000', 'Toulon', 4], ['84000', 'Avignon', 4], ['30000', 'Nîmes', 4], ['34000', 'Montpellier', 4],
  ['34500', 'Béziers', 4], ['34200', 'Sète', 4], ['34120', 'Pézenas', 4], ['26000', 'Valence', 4],
  ['63000', 'Clermont-Ferrand', 4], ['07200', 'Aubenas', 4], ['66000', 'Perpignan', 4], ['71000', 'Mâcon', 3],
  ['25000', 'Besançon', 3], ['25200', 'Montbéliard', 3], ['88000', 'Épinal', 3], ['88400', 'Gérardmer', 3],
  ['67000', 'Strasbourg', 3], ['57000', 'Metz', 3], ['21000', 'Dijon', 3], ['39000', 'Lons-le-Saunier', 3],
  ['02400', 'Château-Thierry', 3], ['59000', 'Lille', 3], ['45000', 'Orléans', 2], ['36000', 'Châteauroux', 2],
  ['27000', 'Évreux', 2], ['14000', 'Caen', 2], ['35000', 'Rennes', 2], ['44000', 'Nantes', 2], ['61500', 'Sées', 2],
  ['29200', 'Brest', 2], ['16000', 'Angoulême', 5], ['24000', 'Périgueux', 5], ['33000', 'Bordeaux', 5],
  ['31000', 'Toulouse', 5], ['47000', 'Agen', 5], ['09000', 'Foix', 5], ['64000', 'Pau', 5], ['17000', 'La Rochelle', 5],
]

export const PERSONAL_MAIL_DOMAINS: readonly string[] = ['orange.fr', 'free.fr', 'gmail.com', 'laposte.net', 'sfr.fr', 'wanadoo.fr']

export const BILLING_MAILBOXES: readonly string[] = ['compta', 'comptabilite', 'factures', 'contact', 'administration']

export const CONTACT_ROLES: readonly string[] = [
  'Comptable', 'Gérant(e)', 'Responsable administrative', 'Comptabilité fournisseurs', 'Directeur financier',
  'Assistante de direction',
]

/** What the demonstration creditor (a supplier of professional equipment) invoices. */
export const INVOICE_LABELS: readonly string[] = [
  'Fournitures d’entretien', 'Matériel de cuisine professionnelle', 'Emballages alimentaires', 'Contrat de maintenance',
  'Consommables d’atelier', 'Équipements de protection individuelle', 'Vêtements de travail', 'Petit outillage',
  'Livraison et installation', 'Réparation sur site', 'Location de matériel', 'Produits d’hygiène', 'Mobilier de terrasse',
  'Vaisselle et verrerie', 'Pièces détachées',
]

export const CLIENT_FILE_NOTES: readonly string[] = [
  'Factures à adresser uniquement au service comptabilité, par e-mail.',
  'Numéro de bon de commande obligatoire sur chaque facture.',
  'Fermeture annuelle en août : pas de relance téléphonique ce mois-là.',
  'Interlocuteur courtois, règle en général après un simple rappel.',
  'Paiements groupés en fin de mois, sur relevé.',
]

-- Payment plans (#13): the plan letters' built-in wording gains the plan's merge fields
-- (schedule with the remaining amount after each row, penalty choice, down payment, breach
-- clause, both parties' signature blocks, the instalment a reminder concerns). Only rows
-- still worded as shipped are rewritten: a template the user reworded keeps the user's text.
-- The new templates (rappel-echeance, email-rappel-echeance) are added by the seeding of
-- missing built-in templates that follows every migration (seedBuiltinTemplates).
UPDATE `templates` SET `subject` = 'Protocole d’accord : échéancier de paiement', `body` = 'Madame, Monsieur,

Comme suite à nos échanges, nous acceptons que les factures suivantes, dont le principal restant dû s’élève à {{echeancier.principal}} au {{echeancier.date_proposition}}, soient réglées selon l’échéancier ci-dessous :

{{tableau_factures}}

{{echeancier.phrase_penalites}} L’échéancier porte ainsi sur un total de {{echeancier.total}}.

{{echeancier.phrase_acompte}}

{{tableau_echeances}}

Chaque échéance est à régler au plus tard à sa date, par virement sur notre compte IBAN {{societe.iban}} (BIC {{societe.bic}}), en rappelant les numéros de factures. Tant que l’échéancier est respecté, nous suspendons toute relance sur ces factures et les pénalités de retard cessent de courir.

Si une échéance n’est pas réglée à sa date, un rappel vous sera adressé {{echeancier.delai_grace}} après celle-ci. Si elle reste impayée {{echeancier.delai_rupture}} après sa date, l’échéancier sera rompu de plein droit, sans autre formalité : la totalité des sommes restant dues deviendra immédiatement exigible, nos relances reprendront et les pénalités de retard courront de nouveau à compter de la date de rupture{{#professionnel}}, ainsi que l’indemnité forfaitaire de 40 € par facture (article D441-5 du Code de commerce){{/professionnel}}.

Nous vous remercions de nous retourner un exemplaire de ce protocole daté et signé, précédé de la mention manuscrite « Bon pour accord ».

Fait en deux exemplaires, {{date.lieu_et_date}}.

{{signatures}}'
WHERE `code` = 'protocole-echeancier' AND `is_builtin` = 1 AND `subject` = 'Protocole d’accord : échéancier de paiement' AND `body` = 'Madame, Monsieur,

Comme convenu le {{echeancier.date_accord}}, nous acceptons que les factures suivantes soient réglées selon l’échéancier ci-dessous :

{{tableau_factures}}

Le montant total de {{echeancier.total}} sera réglé en {{echeancier.nombre_echeances}} échéances :

{{tableau_echeances}}

Chaque échéance est à régler à sa date, par virement sur notre compte IBAN {{societe.iban}} (BIC {{societe.bic}}), en rappelant les numéros de factures. Tant que l’échéancier est respecté, nous suspendons toute relance.

Le défaut de paiement d’une seule échéance rendra immédiatement exigible la totalité des sommes restant dues{{#professionnel}}, majorées des pénalités de retard et de l’indemnité forfaitaire de 40 € par facture{{/professionnel}}.

Nous vous remercions de nous retourner un exemplaire de ce courrier daté et signé, précédé de la mention « Bon pour accord ».

Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.';
--> statement-breakpoint
UPDATE `templates` SET `subject` = 'Échéance impayée de votre échéancier', `body` = 'Madame, Monsieur,

L’échéance n° {{echeance.numero}} du {{echeance.date}}, d’un montant de {{echeance.montant}}, prévue à l’échéancier convenu le {{echeancier.date_accord}}, ne nous est pas parvenue : il en reste {{echeance.reste_du}} à régler.

Nous vous demandons de la régler sans délai, par virement sur notre compte IBAN {{societe.iban}} (BIC {{societe.bic}}), en rappelant les numéros de factures.

Nous vous rappelons qu’une échéance restée impayée {{echeancier.delai_rupture}} après sa date rompt l’échéancier : la totalité des sommes restant dues deviendra alors immédiatement exigible, nos relances reprendront et les pénalités de retard courront de nouveau.

Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.'
WHERE `code` = 'echeance-impayee' AND `is_builtin` = 1 AND `subject` = 'Échéance impayée de votre échéancier' AND `body` = 'Madame, Monsieur,

L’échéance n° {{echeance.numero}} du {{echeance.date}}, d’un montant de {{echeance.montant}}, prévue à l’échéancier convenu le {{echeancier.date_accord}}, ne nous est pas parvenue.

Nous vous demandons de la régler au plus tard le {{date_limite:8}}, par virement sur notre compte IBAN {{societe.iban}} (BIC {{societe.bic}}), en rappelant les numéros de factures.

À défaut, l’échéancier sera caduc et la totalité des sommes restant dues deviendra immédiatement exigible, relances comprises.

Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.';
--> statement-breakpoint
UPDATE `templates` SET `subject` = 'Échéance impayée — {{societe.nom}}', `body` = 'Bonjour,

L’échéance n° {{echeance.numero}} du {{echeance.date}} ({{echeance.montant}}) de l’échéancier convenu le {{echeancier.date_accord}} ne nous est pas parvenue : il en reste {{echeance.reste_du}} à régler.

Merci de la régler sans délai, par virement sur notre compte IBAN {{societe.iban}} (BIC {{societe.bic}}), en rappelant les numéros de factures. Une échéance restée impayée {{echeancier.delai_rupture}} après sa date rompt l’échéancier : la totalité des sommes restant dues deviendrait alors exigible.

Cordialement,
{{societe.signataire}}
{{societe.nom}}'
WHERE `code` = 'email-echeance-impayee' AND `is_builtin` = 1 AND `subject` = 'Échéance impayée — {{societe.nom}}' AND `body` = 'Bonjour,

L’échéance n° {{echeance.numero}} du {{echeance.date}} ({{echeance.montant}}) de l’échéancier convenu le {{echeancier.date_accord}} ne nous est pas parvenue.

Merci de la régler au plus tard le {{date_limite:8}}, par virement sur notre compte IBAN {{societe.iban}} (BIC {{societe.bic}}), en rappelant les numéros de factures ; à défaut, la totalité des sommes restant dues deviendra exigible.

Cordialement,
{{societe.signataire}}
{{societe.nom}}';

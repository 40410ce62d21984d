-- The shipped reminder scenarios (issue #11), editable afterwards under Paramètres. Kept equal to
-- src-main/domain/dunning/default-scenarios.ts by tests/integration/dunning-seed.test.ts.
INSERT OR IGNORE INTO scenarios (name, is_default, is_consumer_default) VALUES ('Professionnels — standard', 1, 0);
--> statement-breakpoint
INSERT OR IGNORE INTO scenario_steps (scenario_id, position, offset_days, channel, label, include_penalties, level, template_code, min_amount_cents, required) SELECT id, 1, -5, 'email', 'Rappel de courtoisie', 0, 0, 'email-relance-courtoisie', 0, 0 FROM scenarios WHERE name = 'Professionnels — standard';
--> statement-breakpoint
INSERT OR IGNORE INTO scenario_steps (scenario_id, position, offset_days, channel, label, include_penalties, level, template_code, min_amount_cents, required) SELECT id, 2, 7, 'email', 'Première relance', 0, 1, 'email-relance-1', 0, 0 FROM scenarios WHERE name = 'Professionnels — standard';
--> statement-breakpoint
INSERT OR IGNORE INTO scenario_steps (scenario_id, position, offset_days, channel, label, include_penalties, level, template_code, min_amount_cents, required) SELECT id, 3, 15, 'letter', 'Deuxième relance', 0, 2, 'relance-2', 0, 0 FROM scenarios WHERE name = 'Professionnels — standard';
--> statement-breakpoint
INSERT OR IGNORE INTO scenario_steps (scenario_id, position, offset_days, channel, label, include_penalties, level, template_code, min_amount_cents, required) SELECT id, 4, 25, 'phone', 'Appel téléphonique', 0, 3, 'script-appel', 0, 0 FROM scenarios WHERE name = 'Professionnels — standard';
--> statement-breakpoint
INSERT OR IGNORE INTO scenario_steps (scenario_id, position, offset_days, channel, label, include_penalties, level, template_code, min_amount_cents, required) SELECT id, 5, 35, 'registered_letter', 'Mise en demeure (LRAR)', 1, 4, 'mise-en-demeure', 0, 1 FROM scenarios WHERE name = 'Professionnels — standard';
--> statement-breakpoint
INSERT OR IGNORE INTO scenario_steps (scenario_id, position, offset_days, channel, label, include_penalties, level, template_code, min_amount_cents, required) SELECT id, 6, 50, 'letter', 'Dernier avis avant contentieux', 1, 5, 'dernier-avis', 0, 0 FROM scenarios WHERE name = 'Professionnels — standard';
--> statement-breakpoint
INSERT OR IGNORE INTO scenarios (name, is_default, is_consumer_default) VALUES ('Clients sensibles', 0, 0);
--> statement-breakpoint
INSERT OR IGNORE INTO scenario_steps (scenario_id, position, offset_days, channel, label, include_penalties, level, template_code, min_amount_cents, required) SELECT id, 1, -3, 'email', 'Rappel de courtoisie', 0, 0, 'email-relance-courtoisie', 0, 0 FROM scenarios WHERE name = 'Clients sensibles';
--> statement-breakpoint
INSERT OR IGNORE INTO scenario_steps (scenario_id, position, offset_days, channel, label, include_penalties, level, template_code, min_amount_cents, required) SELECT id, 2, 10, 'phone', 'Appel de rappel', 0, 1, 'script-appel', 0, 0 FROM scenarios WHERE name = 'Clients sensibles';
--> statement-breakpoint
INSERT OR IGNORE INTO scenario_steps (scenario_id, position, offset_days, channel, label, include_penalties, level, template_code, min_amount_cents, required) SELECT id, 3, 20, 'email', 'Première relance', 0, 1, 'email-relance-1', 0, 0 FROM scenarios WHERE name = 'Clients sensibles';
--> statement-breakpoint
INSERT OR IGNORE INTO scenario_steps (scenario_id, position, offset_days, channel, label, include_penalties, level, template_code, min_amount_cents, required) SELECT id, 4, 30, 'phone', 'Second appel', 0, 2, 'script-appel', 0, 0 FROM scenarios WHERE name = 'Clients sensibles';
--> statement-breakpoint
INSERT OR IGNORE INTO scenario_steps (scenario_id, position, offset_days, channel, label, include_penalties, level, template_code, min_amount_cents, required) SELECT id, 5, 45, 'letter', 'Deuxième relance', 0, 2, 'relance-2', 0, 0 FROM scenarios WHERE name = 'Clients sensibles';
--> statement-breakpoint
INSERT OR IGNORE INTO scenario_steps (scenario_id, position, offset_days, channel, label, include_penalties, level, template_code, min_amount_cents, required) SELECT id, 6, 60, 'registered_letter', 'Mise en demeure (LRAR)', 1, 3, 'mise-en-demeure', 0, 1 FROM scenarios WHERE name = 'Clients sensibles';
--> statement-breakpoint
INSERT OR IGNORE INTO scenarios (name, is_default, is_consumer_default) VALUES ('Particuliers', 0, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO scenario_steps (scenario_id, position, offset_days, channel, label, include_penalties, level, template_code, min_amount_cents, required) SELECT id, 1, -5, 'email', 'Rappel de courtoisie', 0, 0, 'email-relance-courtoisie', 0, 0 FROM scenarios WHERE name = 'Particuliers';
--> statement-breakpoint
INSERT OR IGNORE INTO scenario_steps (scenario_id, position, offset_days, channel, label, include_penalties, level, template_code, min_amount_cents, required) SELECT id, 2, 10, 'letter', 'Première relance', 0, 1, 'relance-1', 0, 0 FROM scenarios WHERE name = 'Particuliers';
--> statement-breakpoint
INSERT OR IGNORE INTO scenario_steps (scenario_id, position, offset_days, channel, label, include_penalties, level, template_code, min_amount_cents, required) SELECT id, 3, 25, 'letter', 'Deuxième relance', 0, 2, 'relance-2', 0, 0 FROM scenarios WHERE name = 'Particuliers';
--> statement-breakpoint
INSERT OR IGNORE INTO scenario_steps (scenario_id, position, offset_days, channel, label, include_penalties, level, template_code, min_amount_cents, required) SELECT id, 4, 40, 'registered_letter', 'Mise en demeure (LRAR)', 0, 3, 'mise-en-demeure', 0, 1 FROM scenarios WHERE name = 'Particuliers';
--> statement-breakpoint
INSERT OR IGNORE INTO scenario_steps (scenario_id, position, offset_days, channel, label, include_penalties, level, template_code, min_amount_cents, required) SELECT id, 5, 60, 'letter', 'Dernier avis avant contentieux', 1, 4, 'dernier-avis', 0, 0 FROM scenarios WHERE name = 'Particuliers';

CREATE TABLE `client_dunning` (
	`client_id` integer PRIMARY KEY NOT NULL,
	`stopped_on` text,
	`stop_reason` text,
	`stop_until` text,
	`postponed_until` text,
	`reached_level` integer,
	`reached_on` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `dunning_exclusions` (
	`invoice_id` integer PRIMARY KEY NOT NULL,
	`excluded_on` text NOT NULL,
	`reason` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `scenario_steps` ADD `level` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `scenario_steps` ADD `template_code` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `scenario_steps` ADD `min_amount_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `scenario_steps` ADD `required` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `scenarios` ADD `is_consumer_default` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `reminder_action_invoices` ADD `step_position` integer;--> statement-breakpoint
ALTER TABLE `reminder_actions` ADD `step_position` integer;--> statement-breakpoint
ALTER TABLE `reminder_actions` ADD `level` integer;--> statement-breakpoint
ALTER TABLE `reminder_actions` ADD `template_code` text;--> statement-breakpoint
ALTER TABLE `reminder_actions` ADD `step_label` text;--> statement-breakpoint
ALTER TABLE `reminder_actions` ADD `amount_due_cents` integer;--> statement-breakpoint
ALTER TABLE `reminder_actions` ADD `note` text;
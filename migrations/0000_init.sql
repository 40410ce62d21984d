CREATE TABLE `company` (
	`id` integer PRIMARY KEY NOT NULL,
	`legal_name` text DEFAULT '' NOT NULL,
	`legal_form` text,
	`capital_cents` integer,
	`siren` text,
	`siret` text,
	`rcs_city` text,
	`vat_number` text,
	`address_line1` text,
	`address_line2` text,
	`address_line3` text,
	`postal_code` text,
	`city` text,
	`country` text DEFAULT 'France' NOT NULL,
	`phone` text,
	`email` text,
	`website` text,
	`iban` text,
	`bic` text,
	`logo` blob,
	`logo_mime` text,
	`signatory_name` text,
	`signatory_title` text,
	`terms_days` integer,
	`terms_end_of_month` integer,
	`penalty_policy` text,
	`penalty_rate_bp` integer,
	`penalty_multiple` integer,
	`day_count_basis` text DEFAULT '365' NOT NULL,
	`aging_buckets` text DEFAULT '[30,60,90]' NOT NULL,
	`fec_client_prefixes` text DEFAULT '411,416' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	CONSTRAINT "company_single_row" CHECK("company"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `clients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`search_key` text NOT NULL,
	`kind` text DEFAULT 'pro' NOT NULL,
	`siren` text,
	`siret` text,
	`vat_number` text,
	`address_line1` text,
	`address_line2` text,
	`address_line3` text,
	`postal_code` text,
	`city` text,
	`country` text DEFAULT 'France' NOT NULL,
	`emails` text,
	`phone` text,
	`terms_days` integer,
	`terms_end_of_month` integer,
	`segment_id` integer,
	`scenario_id` integer,
	`credit_limit_cents` integer,
	`penalty_policy` text,
	`penalty_rate_bp` integer,
	`penalty_multiple` integer,
	`notes` text,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`segment_id`) REFERENCES `segments`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`scenario_id`) REFERENCES `scenarios`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "clients_code_not_blank" CHECK(length(trim("clients"."code")) > 0),
	CONSTRAINT "clients_name_not_blank" CHECK(length(trim("clients"."name")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `clients_code_unique` ON `clients` (`code`);--> statement-breakpoint
CREATE INDEX `clients_search_key` ON `clients` (`search_key`);--> statement-breakpoint
CREATE INDEX `clients_segment` ON `clients` (`segment_id`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`name` text NOT NULL,
	`role` text,
	`email` text,
	`phone` text,
	`is_primary` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contacts_client` ON `contacts` (`client_id`);--> statement-breakpoint
CREATE TABLE `segments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`scenario_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`scenario_id`) REFERENCES `scenarios`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `segments_name_unique` ON `segments` (`name`);--> statement-breakpoint
CREATE TABLE `scenario_steps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`scenario_id` integer NOT NULL,
	`position` integer NOT NULL,
	`offset_days` integer NOT NULL,
	`channel` text NOT NULL,
	`label` text NOT NULL,
	`template_id` integer,
	`include_penalties` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`scenario_id`) REFERENCES `scenarios`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`template_id`) REFERENCES `templates`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "scenario_steps_position_positive" CHECK("scenario_steps"."position" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scenario_steps_position` ON `scenario_steps` (`scenario_id`,`position`);--> statement-breakpoint
CREATE TABLE `scenarios` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`is_default` integer DEFAULT false NOT NULL,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scenarios_name_unique` ON `scenarios` (`name`);--> statement-breakpoint
CREATE TABLE `templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`channel` text NOT NULL,
	`subject` text DEFAULT '' NOT NULL,
	`body` text NOT NULL,
	`is_builtin` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `templates_code_unique` ON `templates` (`code`);--> statement-breakpoint
CREATE TABLE `allocations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`invoice_id` integer NOT NULL,
	`payment_id` integer,
	`credit_note_id` integer,
	`amount_cents` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`payment_id`) REFERENCES `payments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`credit_note_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "allocations_amount_positive" CHECK("allocations"."amount_cents" > 0),
	CONSTRAINT "allocations_one_source" CHECK(("allocations"."payment_id" IS NULL) <> ("allocations"."credit_note_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `allocations_invoice` ON `allocations` (`invoice_id`);--> statement-breakpoint
CREATE INDEX `allocations_payment` ON `allocations` (`payment_id`);--> statement-breakpoint
CREATE INDEX `allocations_credit_note` ON `allocations` (`credit_note_id`);--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`number` text NOT NULL,
	`kind` text DEFAULT 'invoice' NOT NULL,
	`issue_date` text NOT NULL,
	`due_date` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`amount_excl_tax_cents` integer,
	`currency` text DEFAULT 'EUR' NOT NULL,
	`label` text,
	`import_batch_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`import_batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "invoices_amount_positive" CHECK("invoices"."amount_cents" > 0),
	CONSTRAINT "invoices_due_after_issue" CHECK("invoices"."due_date" >= "invoices"."issue_date"),
	CONSTRAINT "invoices_issue_date_iso" CHECK("invoices"."issue_date" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "invoices_due_date_iso" CHECK("invoices"."due_date" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_number_unique` ON `invoices` (`number`);--> statement-breakpoint
CREATE INDEX `invoices_client` ON `invoices` (`client_id`);--> statement-breakpoint
CREATE INDEX `invoices_due_date` ON `invoices` (`due_date`);--> statement-breakpoint
CREATE INDEX `invoices_issue_date` ON `invoices` (`issue_date`);--> statement-breakpoint
CREATE TABLE `payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`date` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`method` text NOT NULL,
	`reference` text,
	`note` text,
	`import_batch_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`import_batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "payments_amount_positive" CHECK("payments"."amount_cents" > 0),
	CONSTRAINT "payments_date_iso" CHECK("payments"."date" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `payments_client` ON `payments` (`client_id`);--> statement-breakpoint
CREATE INDEX `payments_date` ON `payments` (`date`);--> statement-breakpoint
CREATE TABLE `activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`invoice_id` integer,
	`kind` text NOT NULL,
	`occurred_on` text NOT NULL,
	`body` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `activities_client` ON `activities` (`client_id`,`occurred_on`);--> statement-breakpoint
CREATE TABLE `disputes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`invoice_id` integer NOT NULL,
	`reason` text NOT NULL,
	`note` text,
	`opened_on` text NOT NULL,
	`closed_on` text,
	`closing_note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "disputes_closed_after_opened" CHECK("disputes"."closed_on" IS NULL OR "disputes"."closed_on" >= "disputes"."opened_on")
);
--> statement-breakpoint
CREATE INDEX `disputes_invoice` ON `disputes` (`invoice_id`);--> statement-breakpoint
CREATE TABLE `promise_invoices` (
	`promise_id` integer NOT NULL,
	`invoice_id` integer NOT NULL,
	FOREIGN KEY (`promise_id`) REFERENCES `promises`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `promise_invoices_pk` ON `promise_invoices` (`promise_id`,`invoice_id`);--> statement-breakpoint
CREATE INDEX `promise_invoices_invoice` ON `promise_invoices` (`invoice_id`);--> statement-breakpoint
CREATE TABLE `promises` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`made_on` text NOT NULL,
	`promised_date` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "promises_amount_positive" CHECK("promises"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE INDEX `promises_client` ON `promises` (`client_id`);--> statement-breakpoint
CREATE TABLE `reminder_action_invoices` (
	`action_id` integer NOT NULL,
	`invoice_id` integer NOT NULL,
	`balance_cents` integer NOT NULL,
	PRIMARY KEY(`action_id`, `invoice_id`),
	FOREIGN KEY (`action_id`) REFERENCES `reminder_actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "reminder_action_invoices_balance" CHECK("reminder_action_invoices"."balance_cents" >= 0)
);
--> statement-breakpoint
CREATE INDEX `reminder_action_invoices_invoice` ON `reminder_action_invoices` (`invoice_id`);--> statement-breakpoint
CREATE TABLE `reminder_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`step_id` integer,
	`channel` text NOT NULL,
	`planned_on` text NOT NULL,
	`status` text DEFAULT 'proposed' NOT NULL,
	`dedup_key` text NOT NULL,
	`template_id` integer,
	`subject` text,
	`body` text,
	`document_pdf` blob,
	`done_on` text,
	`outcome` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`step_id`) REFERENCES `scenario_steps`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`template_id`) REFERENCES `templates`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reminder_actions_dedup` ON `reminder_actions` (`dedup_key`);--> statement-breakpoint
CREATE INDEX `reminder_actions_client` ON `reminder_actions` (`client_id`);--> statement-breakpoint
CREATE INDEX `reminder_actions_status` ON `reminder_actions` (`status`,`planned_on`);--> statement-breakpoint
CREATE TABLE `instalments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`sequence` integer NOT NULL,
	`due_date` text NOT NULL,
	`amount_cents` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `payment_plans`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "instalments_amount_positive" CHECK("instalments"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `instalments_sequence` ON `instalments` (`plan_id`,`sequence`);--> statement-breakpoint
CREATE TABLE `payment_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`agreed_on` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`total_cents` integer NOT NULL,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "payment_plans_total_positive" CHECK("payment_plans"."total_cents" > 0)
);
--> statement-breakpoint
CREATE INDEX `payment_plans_client` ON `payment_plans` (`client_id`);--> statement-breakpoint
CREATE TABLE `plan_invoices` (
	`plan_id` integer NOT NULL,
	`invoice_id` integer NOT NULL,
	PRIMARY KEY(`plan_id`, `invoice_id`),
	FOREIGN KEY (`plan_id`) REFERENCES `payment_plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_invoices_invoice` ON `plan_invoices` (`invoice_id`);--> statement-breakpoint
CREATE TABLE `rate_half_years` (
	`half_year` text PRIMARY KEY NOT NULL,
	`ecb_ref_bp` integer NOT NULL,
	`legal_individual_bp` integer NOT NULL,
	`legal_other_bp` integer NOT NULL,
	`source` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	CONSTRAINT "rate_half_years_key" CHECK("rate_half_years"."half_year" GLOB '[0-9][0-9][0-9][0-9]-H[12]')
);
--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`action_id` integer,
	`message_id` text NOT NULL,
	`to_address` text NOT NULL,
	`cc_address` text,
	`subject` text NOT NULL,
	`body_text` text NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`sent_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `reminder_actions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_message_id_unique` ON `outbox` (`message_id`);--> statement-breakpoint
CREATE INDEX `outbox_status` ON `outbox` (`status`);--> statement-breakpoint
CREATE TABLE `outbox_attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`outbox_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`content` blob NOT NULL,
	FOREIGN KEY (`outbox_id`) REFERENCES `outbox`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`file_hash` text NOT NULL,
	`counts` text NOT NULL,
	`imported_at` text NOT NULL,
	`undone_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `import_mappings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`target` text NOT NULL,
	`mapping` text NOT NULL,
	`used_count` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_mappings_name_unique` ON `import_mappings` (`name`);